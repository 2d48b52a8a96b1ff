package cn.hazardledger.chassis.events;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.KafkaConsumerRebalanceListener;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.TopicPartition;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers which consumer groups have completed their first join. Until then a consumer receives nothing,
 * so a service that reports ready before it would let the first events wait for the group to form.
 * Channels opt in with {@code consumer-rebalance-listener.name=group-membership}.
 */
@ApplicationScoped
@Identifier(GroupMembership.NAME)
public class GroupMembership implements KafkaConsumerRebalanceListener {

    public static final String NAME = "group-membership";

    private final Set<String> joined = ConcurrentHashMap.newKeySet();

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        // an empty assignment counts too: a replica beyond the partition count has still joined
        joined.add(consumer.groupMetadata().groupId());
    }

    public boolean hasJoined(String group) {
        return joined.contains(group);
    }
}

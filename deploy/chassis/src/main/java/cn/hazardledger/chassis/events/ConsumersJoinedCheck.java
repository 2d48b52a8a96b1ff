package cn.hazardledger.chassis.events;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.List;
import java.util.stream.StreamSupport;

/** Ready only once every consuming channel that tracks its group membership has joined its group. */
@Readiness
@ApplicationScoped
public class ConsumersJoinedCheck implements HealthCheck {

    private static final String PREFIX = "mp.messaging.incoming.";
    private static final String LISTENER = ".consumer-rebalance-listener.name";

    @Inject
    @Identifier(GroupMembership.NAME)
    GroupMembership membership;

    @Inject
    Config config;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("Kafka consumer groups joined").up();
        for (String group : trackedGroups()) {
            boolean joined = membership.hasJoined(group);
            answer.withData(group, joined ? "joined" : "joining");
            if (!joined) {
                answer.down();
            }
        }
        return answer.build();
    }

    private List<String> trackedGroups() {
        return StreamSupport.stream(config.getPropertyNames().spliterator(), false)
                .filter(name -> name.startsWith(PREFIX) && name.endsWith(LISTENER))
                .filter(name -> GroupMembership.NAME.equals(config.getOptionalValue(name, String.class).orElse(null)))
                .map(name -> name.substring(PREFIX.length(), name.length() - LISTENER.length()))
                .map(channel -> config.getOptionalValue(PREFIX + channel + ".group.id", String.class).orElse(channel))
                .distinct().sorted().toList();
    }
}

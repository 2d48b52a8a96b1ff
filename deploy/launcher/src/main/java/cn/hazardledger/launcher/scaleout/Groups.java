package cn.hazardledger.launcher.scaleout;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** How each consumer group's partitions are shared among its members now, as the broker tells it. */
final class Groups {

    static final List<String> GROUPS = List.of("task-service.hazard-events", "notify-service.hazard-events",
            "notify-service.task-events");

    private Groups() {
    }

    /** Partitions per member, by group (e.g. [3, 3]); a group the broker could not describe is left out. */
    static Map<String, List<Integer>> describe(String bootstrap) {
        Map<String, List<Integer>> shares = new LinkedHashMap<>();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            Map<String, ConsumerGroupDescription> groups = admin.describeConsumerGroups(GROUPS).all().get(30, TimeUnit.SECONDS);
            for (String group : GROUPS) {
                List<Integer> members = new ArrayList<>();
                for (MemberDescription m : groups.get(group).members()) {
                    members.add(m.assignment().topicPartitions().size());
                }
                members.sort(null);
                shares.put(group, members);
            }
        } catch (Exception e) {
            System.err.println("could not describe the consumer groups: " + e);
        }
        return shares;
    }
}

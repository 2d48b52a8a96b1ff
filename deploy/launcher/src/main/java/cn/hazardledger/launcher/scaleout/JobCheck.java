package cn.hazardledger.launcher.scaleout;

import cn.hazardledger.launcher.faults.Databases;
import cn.hazardledger.launcher.faults.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The scheduled jobs that every replica runs (deadline watches of both services, cadence instances, bulletins), each
 * of which must act once per period however many replicas look: one row per fact in the owner's table, one event
 * per fact on the topic (one ce_id, never two events for one deadline or period), one notification per fact and
 * recipient.
 */
final class JobCheck {

    /** One job: facts its rows hold, facts on its topic, facts with more than one event, and what went wrong. */
    record Row(String job, long rows, long events, long doubledEvents, List<String> problems) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Databases db;
    private final Topics topics;

    JobCheck(Databases db, Topics topics) {
        this.db = db;
        this.topics = topics;
    }

    List<Row> check(String campaignId, List<String> bulletinRegions) throws Exception {
        List<ConsumerRecord<byte[], byte[]>> hazardEvents = topics.readAll("hazard.events");
        List<ConsumerRecord<byte[], byte[]>> taskEvents = topics.readAll("task.events");
        List<Row> rows = new ArrayList<>();
        rows.add(events("hazard deadlines (临期/超期)",
                db.count("hazard", "SELECT count(*) FROM deadline_alert"), hazardEvents,
                Set.of("hazard.deadline-approaching.v1", "hazard.overdue.v1"),
                (r) -> Topics.header(r, "ce_subject") + "|" + data(r).path("deadline").asText()));
        rows.add(events("task deadlines (临期/超期)",
                db.count("task", "SELECT count(*) FROM task_deadline_alert"), taskEvents,
                Set.of("task.deadline-approaching.v1", "task.overdue.v1"),
                (r) -> data(r).path("subjectType").asText() + "|" + data(r).path("subjectId").asText() + "|"
                        + data(r).path("due").asText()));
        rows.add(instances(campaignId, taskEvents));
        rows.add(bulletins(bulletinRegions));
        return rows;
    }

    private Row events(String job, long alertRows, List<ConsumerRecord<byte[], byte[]>> records, Set<String> types,
                       Function<ConsumerRecord<byte[], byte[]>, String> fact) {
        Map<String, Set<String>> idsByFact = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            String type = Topics.header(r, "ce_type");
            if (types.contains(type)) {
                idsByFact.computeIfAbsent(type + "|" + fact.apply(r), k -> new HashSet<>()).add(Topics.header(r, "ce_id"));
            }
        }
        List<String> problems = new ArrayList<>();
        long doubled = idsByFact.values().stream().filter(ids -> ids.size() > 1).count();
        idsByFact.forEach((f, ids) -> {
            if (ids.size() > 1) {
                problems.add(job + ": " + ids.size() + " events for the one fact " + f);
            }
        });
        if (alertRows == 0) {
            problems.add(job + ": the job raised nothing during the run (did it run?)");
        }
        if (alertRows != idsByFact.size()) {
            problems.add(job + ": " + alertRows + " alert rows but " + idsByFact.size() + " facts on the topic");
        }
        return new Row(job, alertRows, idsByFact.size(), doubled, problems);
    }

    private Row instances(String campaignId, List<ConsumerRecord<byte[], byte[]>> taskEvents) throws Exception {
        String job = "cadence instances (周期任务)";
        long cadenceTasks = db.count("task", "SELECT count(*) FROM campaign_item WHERE campaign_id = ?::uuid "
                + "AND level = 'SPECIFIC_TASK' AND cadence IS NOT NULL AND deadline IS NULL", campaignId);
        long rows = db.count("task", "SELECT count(*) FROM campaign_task_instance WHERE campaign_id = ?::uuid", campaignId);
        Row events = events(job, rows, taskEvents, Set.of("campaign.instance-opened.v1"),
                (r) -> data(r).path("taskId").asText() + "|" + data(r).path("periodKey").asText());
        List<String> problems = new ArrayList<>(events.problems());
        // the campaign is published today: each recurring task has exactly the one period holding today
        if (rows != cadenceTasks) {
            problems.add(job + ": " + rows + " instances for " + cadenceTasks + " recurring tasks, one period each");
        }
        return new Row(job + ", " + cadenceTasks + " tasks", rows, events.events(), events.doubledEvents(), problems);
    }

    private Row bulletins(List<String> regions) throws Exception {
        String job = "bulletins (通报)";
        List<String> problems = new ArrayList<>();
        long rows = 0;
        for (String region : regions) {
            for (String[] r : db.query("notify", "SELECT period_key, count(*) FROM bulletin WHERE region_code = ? "
                    + "AND origin = 'SCHEDULED' GROUP BY period_key", region)) {
                rows += Long.parseLong(r[1]);
                if (!"1".equals(r[1])) {
                    problems.add(job + ": " + r[1] + " scheduled bulletins of " + region + " for " + r[0]);
                }
            }
            if (db.count("notify", "SELECT count(*) FROM bulletin WHERE region_code = ? AND origin = 'SCHEDULED'", region) == 0) {
                problems.add(job + ": no scheduled bulletin of " + region);
            }
        }
        long doubled = 0;
        for (String[] r : db.query("notify", "SELECT kind, subject_id, recipient_role, recipient_region, recipient_party, "
                + "count(*) FROM notification WHERE kind IN ('BULLETIN', 'DEADLINE_APPROACHING', 'OVERDUE') "
                + "GROUP BY kind, subject_id, recipient_role, recipient_region, recipient_party HAVING count(*) > 1")) {
            doubled++;
            problems.add(r[5] + " " + r[0] + " notifications of " + r[1] + " to " + r[2] + " " + r[3] + " " + r[4]);
        }
        long notified = db.count("notify", "SELECT count(*) FROM notification WHERE kind = 'BULLETIN'");
        if (notified == 0) {
            problems.add(job + ": nobody was told of a bulletin");
        }
        return new Row(job + " and the jobs' notifications", rows, notified, doubled, problems);
    }

    private static JsonNode data(ConsumerRecord<byte[], byte[]> r) {
        try {
            return JSON.readTree(new String(r.value(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }
}

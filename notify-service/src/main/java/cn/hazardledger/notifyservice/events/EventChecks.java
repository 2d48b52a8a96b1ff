package cn.hazardledger.notifyservice.events;

import cn.hazardledger.chassis.events.CloudEvent;
import cn.hazardledger.notifyservice.inbox.Inboxes;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Set;

/**
 * The fields routing relies on, checked before anything is written: an event the producers' schemas would refuse
 * is poison and goes to the dead-letter topic with every problem named, rather than telling the wrong people.
 * Types this service does not know (a newer version) are only checked for what a channel forwards.
 */
final class EventChecks {

    private static final Set<String> LEVELS = Set.of("GENERAL", "MAJOR");

    private EventChecks() {
    }

    static void check(CloudEvent event, JsonNode data) {
        Fields f = new Fields();
        String type = event.type();
        if (type.equals("hazard.reported.v1")) {
            f.uuid("hazardId", text(data, "hazardId")).text("title", text(data, "title"))
                    .region("regionCode", text(data, "regionCode")).region("townshipCode", text(data, "townshipCode"))
                    .region("countyCode", text(data, "countyCode")).oneOf("level", text(data, "level"), LEVELS)
                    .timeIfPresent("reportedAt", text(data, "reportedAt"));
        } else if (type.startsWith("hazard.") && type.endsWith(".v1")) {
            JsonNode h = data.path("hazard");
            if (h.isMissingNode() && type.equals("hazard.confirmed.v1")) {
                f.uuid("hazardId", text(data, "hazardId")).region("regionCode", text(data, "regionCode"));
            } else {
                f.uuid("hazard.hazardId", text(h, "hazardId")).text("hazard.title", text(h, "title"))
                        .region("hazard.regionCode", text(h, "regionCode"));
                if (h.has("level")) {
                    f.oneOf("hazard.level", text(h, "level"), LEVELS);
                }
            }
        } else if (type.equals("task.created.v1")) {
            // a notification addressed to a role without an inbox would never be read by anyone
            f.uuid("taskId", text(data, "taskId")).text("title", text(data, "title"))
                    .region("regionCode", text(data, "regionCode"))
                    .oneOf("assigneeRole", text(data, "assigneeRole"), Inboxes.WITH_INBOX)
                    .timeIfPresent("dueAt", text(data, "dueAt"));
        } else if (type.equals("task.deadline-approaching.v1") || type.equals("task.overdue.v1")) {
            f.text("subjectId", text(data, "subjectId")).text("title", text(data, "title"))
                    .region("regionCode", text(data, "regionCode")).date("due", text(data, "due"));
        } else if (type.startsWith("campaign.") && type.endsWith(".v1")) {
            f.region("regionCode", text(data, "regionCode"));
        }
        f.check(event);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}

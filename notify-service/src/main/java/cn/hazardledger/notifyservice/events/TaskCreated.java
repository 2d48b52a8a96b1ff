package cn.hazardledger.notifyservice.events;

import cn.hazardledger.chassis.events.CloudEvent;
import cn.hazardledger.notifyservice.inbox.Recipients;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What notify-service reads of {@code task.created.v1}; the producer owns the schema. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskCreated(String taskId, String kind, String title, String regionCode, String assigneeRole,
                          String hazardId, String dueAt, String assigneeCode) {

    public static final String TYPE = "task.created.v1";

    TaskCreated validated(CloudEvent event) {
        // a notification addressed to a role without an inbox would never be read by anyone
        new Fields().uuid("taskId", taskId).text("title", title).region("regionCode", regionCode)
                .oneOf("assigneeRole", assigneeRole, Recipients.WITH_INBOX).timeIfPresent("dueAt", dueAt)
                .check(event);
        return this;
    }
}

package cn.hazardledger.notify.events;

import cn.hazardledger.chassis.events.CloudEvent;
import cn.hazardledger.chassis.events.UnprocessableEvent;
import cn.hazardledger.chassis.security.RegionCode;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What notify-service reads of {@code task.created.v1}; the producer owns the schema. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskCreated(String taskId, String kind, String title, String regionCode, String assigneeRole,
                          String hazardId, String dueAt) {

    public static final String TYPE = "task.created.v1";

    TaskCreated validated(CloudEvent event) {
        if (taskId == null || title == null || assigneeRole == null || !RegionCode.isValid(regionCode)) {
            throw new UnprocessableEvent(TYPE + " " + event.id() + " lacks taskId, title, assigneeRole or a valid regionCode");
        }
        return this;
    }
}

package cn.hazardledger.taskservice.task;

import cn.hazardledger.chassis.outbox.OutgoingEvent;
import cn.hazardledger.chassis.web.ChinaTime;

/** Payload of {@code task.created.v1} (schema: events/task.created.v1.schema.json). */
public record TaskCreatedV1(String taskId, String kind, String title, String regionCode, String assigneeRole,
                            String hazardId, String dueAt, String createdAt, String assigneeCode,
                            String assigneeName, boolean supervised) implements OutgoingEvent {

    public static final String TYPE = "task.created.v1";

    public static TaskCreatedV1 of(Task t) {
        return new TaskCreatedV1(t.id.toString(), t.kind.name(), t.title, t.regionCode, t.assigneeRole,
                t.hazardId == null ? null : t.hazardId.toString(), ChinaTime.format(t.dueAt), ChinaTime.format(t.createdAt), t.assigneeCode,
                t.assigneeName, t.supervised);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return "task";
    }

    @Override
    public String aggregateId() {
        return taskId;
    }
}

package cn.hazardledger.taskservice.task;

import cn.hazardledger.chassis.outbox.OutgoingEvent;
import cn.hazardledger.chassis.web.ChinaTime;

/** Payload of {@code task.completed.v1} (schema: events/task.completed.v1.schema.json). */
public record TaskCompletedV1(String taskId, String kind, String regionCode, String assigneeRole, String hazardId,
                              String outcome, String completedAt) implements OutgoingEvent {

    public static final String TYPE = "task.completed.v1";

    /** {@code t} as it was just completed: its updatedAt is the completion time. */
    public static TaskCompletedV1 of(Task t, String outcome) {
        return new TaskCompletedV1(t.id.toString(), t.kind.name(), t.regionCode, t.assigneeRole,
                t.hazardId == null ? null : t.hazardId.toString(), outcome, ChinaTime.format(t.updatedAt));
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

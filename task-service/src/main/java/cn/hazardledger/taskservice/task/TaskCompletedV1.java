package cn.hazardledger.taskservice.task;

/** Payload of {@code task.completed.v1} (schema: events/task.completed.v1.schema.json). */
public record TaskCompletedV1(String taskId, String kind, String regionCode, String assigneeRole, String hazardId,
                              String outcome, String completedAt) {

    public static final String TYPE = "task.completed.v1";
}

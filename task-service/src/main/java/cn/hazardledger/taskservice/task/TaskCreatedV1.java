package cn.hazardledger.taskservice.task;

/** Payload of {@code task.created.v1} (schema: events/task.created.v1.schema.json). */
public record TaskCreatedV1(String taskId, String kind, String title, String regionCode, String assigneeRole,
                            String hazardId, String dueAt, String createdAt) {

    public static final String TYPE = "task.created.v1";
}

package cn.hazardledger.taskservice.task;

import cn.hazardledger.chassis.web.ChinaTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Task", description = "任务 / a task for a township or unit")
public record TaskView(UUID id, TaskKind kind, String title, String description, String regionCode,
                       String assigneeRole,
                       @Schema(description = "unit code, enterprise credit code or township region that must act") String assigneeCode,
                       String assigneeName, UUID hazardId, TaskStatus status, OffsetDateTime dueAt,
                       @Schema(description = "open and past its due date (超期)") boolean overdue,
                       @Schema(description = "挂牌督办: its hazard is listed for supervision") boolean supervised,
                       OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    static TaskView of(Task t, Instant now) {
        boolean overdue = t.status == TaskStatus.OPEN && t.dueAt != null && t.dueAt.isBefore(now);
        return new TaskView(t.id, t.kind, t.title, t.description, t.regionCode, t.assigneeRole, t.assigneeCode,
                t.assigneeName, t.hazardId,
                t.status, ChinaTime.of(t.dueAt), overdue, t.supervised, ChinaTime.of(t.createdAt), ChinaTime.of(t.updatedAt),
                t.version);
    }
}

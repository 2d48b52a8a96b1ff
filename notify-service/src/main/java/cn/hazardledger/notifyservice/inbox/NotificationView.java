package cn.hazardledger.notifyservice.inbox;

import cn.hazardledger.chassis.web.ChinaTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Notification", description = "通知: one item of the caller's inbox")
public record NotificationView(UUID id, NotificationKind kind, String title, String body,
                               @Schema(description = "what it is about: hazard or task") String subjectType,
                               String subjectId, OffsetDateTime createdAt,
                               @Schema(description = "read by the caller") boolean read, OffsetDateTime readAt) {

    public NotificationView {
        // an idempotent replay reads this back from JSON, and Jackson shifts times to UTC on the way
        createdAt = inChina(createdAt);
        readAt = inChina(readAt);
    }

    public static NotificationView of(Notification n, Instant readAt) {
        return new NotificationView(n.id, n.kind, n.title, n.body, n.subjectType, n.subjectId,
                ChinaTime.of(n.createdAt), readAt != null, ChinaTime.of(readAt));
    }

    private static OffsetDateTime inChina(OffsetDateTime time) {
        return time == null ? null : ChinaTime.of(time.toInstant());
    }
}

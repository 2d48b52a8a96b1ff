package cn.hazardledger.notify.inbox;

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

    static NotificationView of(Notification n, Instant readAt) {
        return new NotificationView(n.id, n.kind, n.title, n.body, n.subjectType, n.subjectId,
                ChinaTime.of(n.createdAt), readAt != null, ChinaTime.of(readAt));
    }
}

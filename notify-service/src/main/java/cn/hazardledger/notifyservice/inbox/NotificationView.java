package cn.hazardledger.notifyservice.inbox;

import cn.hazardledger.chassis.web.ChinaTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Notification", description = "通知: one item of the caller's inbox, with its receipt (回执)")
public record NotificationView(UUID id, NotificationKind kind, String title, String body,
                               @Schema(description = "what it is about: hazard, task or campaign-task") String subjectType,
                               String subjectId, OffsetDateTime createdAt,
                               @Schema(description = "when the inbox received it") OffsetDateTime deliveredAt,
                               @Schema(description = "read by the caller (read state is per person)") boolean read,
                               OffsetDateTime readAt,
                               @Schema(description = "双报告: which side this is (TOWNSHIP_GOVERNMENT, INDUSTRY_DEPARTMENT); "
                                       + "null for other notifications") String dualReportSide,
                               @Schema(description = "acknowledged (回执) for the recipient side: by whom and when; "
                                       + "null until someone of the side acknowledges") Acknowledgement acknowledgement,
                               @Schema(description = "the routing rule that chose this recipient") String rule) {

    @Schema(name = "Acknowledgement", description = "回执: the first of the recipient side to acknowledge")
    public record Acknowledgement(OffsetDateTime at, String by, String byName, String note) {
        public Acknowledgement {
            at = inChina(at);
        }
    }

    public NotificationView {
        // an idempotent replay reads this back from JSON, and Jackson shifts times to UTC on the way
        createdAt = inChina(createdAt);
        deliveredAt = inChina(deliveredAt);
        readAt = inChina(readAt);
    }

    public static NotificationView of(Notification n, Instant readAt) {
        Acknowledgement ack = n.acknowledgedAt == null ? null : new Acknowledgement(ChinaTime.of(n.acknowledgedAt),
                n.acknowledgedBy, n.acknowledgedByName, n.acknowledgementNote);
        return new NotificationView(n.id, n.kind, n.title, n.body, n.subjectType, n.subjectId, ChinaTime.of(n.createdAt),
                ChinaTime.of(n.deliveredAt), readAt != null, ChinaTime.of(readAt), n.dualReportSide, ack,
                n.rule == null || n.rule.isEmpty() ? null : n.rule);
    }

    private static OffsetDateTime inChina(OffsetDateTime time) {
        return time == null ? null : ChinaTime.of(time.toInstant());
    }
}

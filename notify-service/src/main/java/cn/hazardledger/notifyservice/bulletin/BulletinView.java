package cn.hazardledger.notifyservice.bulletin;

import cn.hazardledger.chassis.web.ChinaTime;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Bulletin", description = "通报 / a bulletin: what it is of, and where its documents are")
public record BulletinView(
        UUID id,
        @Schema(examples = "500240000000") String regionCode,
        @Schema(description = "HALF_YEAR, QUARTER or CUSTOM") Period.Kind periodKind,
        @Schema(examples = "2026-H1") String periodKey,
        @Schema(description = "first day, China date") LocalDate from,
        @Schema(description = "last day, China date") LocalDate to,
        @Schema(description = "SCHEDULED (by the cadence) or ON_DEMAND") Bulletin.Origin origin,
        @Schema(description = "who ordered it (token subject); null for a scheduled one") String orderedBy,
        Bulletin.Status status,
        @Schema(examples = "忠县2026年上半年安全生产事故隐患排查治理情况通报") String title,
        OffsetDateTime createdAt,
        @Schema(description = "the document as delivered", examples = "/bulletins/3f1c2a9e-6b1d-4c8e-9a40-2f7d0c1b5e66.html")
        String html,
        @Schema(examples = "/bulletins/3f1c2a9e-6b1d-4c8e-9a40-2f7d0c1b5e66.xlsx") String xlsx,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(type = SchemaType.OBJECT, description = "GET /bulletins/{id} only: the snapshot it was rendered from, "
                + "as hazard- and task-service answered (statistics, overdue, listed, campaigns)")
        JsonNode figures) {

    static BulletinView of(Bulletin b, JsonNode figures) {
        return new BulletinView(b.id, b.regionCode, b.periodKind, b.periodKey, b.from, b.to, b.origin, b.orderedBy,
                b.status, b.title, ChinaTime.of(b.createdAt), "/bulletins/" + b.id + ".html",
                "/bulletins/" + b.id + ".xlsx", figures);
    }
}

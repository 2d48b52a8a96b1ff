package cn.hazardledger.notifyservice.dualreport;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "DualReport", description = "双报告: a major hazard reported to the township government and to the "
        + "industry department; done when every recipient of both sides acknowledged")
public record DualReportView(String hazardId, String title, String regionCode, String industry, OffsetDateTime openedAt,
                             @Schema(description = "both sides acknowledged") boolean done,
                             @Schema(description = "when the last acknowledgement came; null until done") OffsetDateTime doneAt,
                             List<Side> sides) {

    @Schema(name = "DualReportSide", description = "one side of a dual report and its recipients' receipts")
    public record Side(@Schema(enumeration = {"TOWNSHIP_GOVERNMENT", "INDUSTRY_DEPARTMENT"}) String side,
                       @Schema(description = "every recipient of the side acknowledged") boolean acknowledged,
                       List<Receipt> recipients) {
    }

    @Schema(name = "Receipt", description = "回执 of one recipient: delivered, read (per person), acknowledged (per side)")
    public record Receipt(UUID notificationId, String role, String regionCode,
                          @Schema(description = "unit code, credit code or name: for a party's own inbox") String party,
                          OffsetDateTime deliveredAt, List<Reading> readBy, OffsetDateTime acknowledgedAt,
                          String acknowledgedBy, String acknowledgedByName, String note,
                          @Schema(description = "reminders sent (催办)") int reminders, OffsetDateTime lastRemindedAt) {
    }

    @Schema(name = "Reading", description = "one person's reading")
    public record Reading(String reader, OffsetDateTime at) {
    }
}

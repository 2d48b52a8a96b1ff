package cn.hazardledger.hazardservice.publicreport;

import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.web.ChinaTime;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the public and the staff read of public reports. */
public final class PublicReportViews {

    private PublicReportViews() {
    }

    @Schema(name = "PublicReportReceipt", description = "举报回执 / what the reporter keeps: the tracking code and the "
            + "secret, shown this once (only a hash of the secret is stored; a lost secret cannot be recovered)")
    public record Receipt(
            @Schema(examples = "JB-7K3MX9QW2P") String trackingCode,
            @Schema(examples = "q3Zt9vB1xY0c7LwUeH2kNfRmPj4") String secret,
            OffsetDateTime receivedAt,
            @Schema(description = "how to look the report up") String howToTrack) {
    }

    @Schema(name = "PublicReportTracking", description = "举报进度 / what the reporter sees: status, dates and a reply "
            + "written for them; nothing of the hazard or of other reports")
    public record Tracking(String trackingCode, PublicReportStatus status, OffsetDateTime receivedAt,
                           OffsetDateTime decidedAt, @Schema(description = "处理结果 / the reply to the reporter") String outcome) {

        static Tracking of(PublicReport r) {
            return new Tracking(r.trackingCode, r.status, time(r.receivedAt), time(r.decidedAt),
                    r.publicReply != null ? r.publicReply : r.status.defaultReply());
        }
    }

    @Schema(name = "PublicReport", description = "群众举报 / a public report as staff read it: the reporter's identity "
            + "and contact never appear here, only whether they were given and masked hints; GPS only for the township "
            + "and the regulator")
    public record Staff(
            UUID id,
            String trackingCode,
            PublicReportKind kind,
            PublicReportStatus status,
            String title,
            String description,
            String regionCode,
            String townshipCode,
            String enterpriseName,
            String enterpriseCreditCode,
            @Schema(description = "实名举报 / whether the reporter gave a name, phone, ID number or other contact")
            boolean reporterIdentified,
            @JsonInclude(JsonInclude.Include.NON_NULL) ReporterHints reporterHints,
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(description = "定位 / the GPS sent with the report: TOWNSHIP and REGULATOR only") Gps gps,
            OffsetDateTime receivedAt,
            OffsetDateTime decidedAt,
            String decidedBy,
            @Schema(description = "the reply the reporter reads") String publicReply,
            String notTrueReason,
            @Schema(description = "the hazard it became (ACCEPTED) or duplicates (DUPLICATE)") UUID hazardId,
            @JsonInclude(JsonInclude.Include.NON_NULL) Reward reward,
            long version) {
    }

    @Schema(name = "PublicReportReporterHints", description = "脱敏提示 / masked hints, e.g. phone 138****0000")
    public record ReporterHints(String name, String phone, String idNumber, boolean otherContactGiven) {
    }

    @Schema(name = "PublicReportGpsView")
    public record Gps(BigDecimal latitude, BigDecimal longitude) {
    }

    @Schema(name = "PublicReportReward", description = "有奖举报 / the reward: proposed, approved, paid")
    public record Reward(BigDecimal amountYuan, String proposedBy, OffsetDateTime proposedAt, String approvedBy,
                         String approverRole, OffsetDateTime approvedAt, LocalDate paidOn) {
    }

    @Schema(name = "PublicReportPage")
    public record Page(List<Staff> items, String nextCursor) {
    }

    @Schema(name = "RevealedReporter", description = "举报人身份 / the reporter's identity and contact, in clear, for the "
            + "township that asked with a reason; the reveal is recorded (recordedIn)")
    public record Revealed(UUID reportId, String trackingCode, String name, String phone, String idNumber,
                           String otherContact, Gps gps,
                           @Schema(description = "HAZARD_LEDGER (and the report's history) once the report is linked to "
                                   + "a hazard; REPORT_HISTORY before") String recordedIn,
                           UUID hazardId, Integer ledgerSequence) {
    }

    @Schema(name = "PublicReportEntry", description = "举报处理记录 / one line of the report's own history")
    public record Entry(String action, String actor, String actorRole, String signature, String note,
                        OffsetDateTime recordedAt) {
        static Entry of(PublicReportEntry e) {
            return new Entry(e.action, e.actor, e.actorRole, e.signature, e.note, time(e.recordedAt));
        }
    }

    @Schema(name = "PublicReportPhoto", description = "举报照片 / a photo sent with a report; gps (from its EXIF) for "
            + "TOWNSHIP and REGULATOR only")
    public record Photo(UUID id, String mediaType, long sizeBytes, String sha256, String caption,
                        OffsetDateTime capturedAt, OffsetDateTime uploadedAt,
                        @JsonInclude(JsonInclude.Include.NON_NULL) Gps gps) {
    }

    static Photo photo(PublicReportPhoto p, String location) {
        Gps gps = null;
        if (location != null) {
            int comma = location.indexOf(',');
            gps = new Gps(new BigDecimal(location.substring(0, comma)), new BigDecimal(location.substring(comma + 1)));
        }
        return new Photo(p.id, p.mediaType, p.sizeBytes, p.sha256, p.caption, time(p.capturedAt), time(p.uploadedAt), gps);
    }

    static Staff staff(PublicReport r, ReporterSeal.Opened opened, boolean showGps) {
        ReporterHints hints = r.reporterIdentified ? new ReporterHints(ReporterSeal.maskName(opened.name()),
                ReporterSeal.maskPhone(opened.phone()), ReporterSeal.maskIdNumber(opened.idNumber()),
                opened.otherContact() != null) : null;
        Gps gps = showGps && opened.latitude() != null ? new Gps(opened.latitude(), opened.longitude()) : null;
        Reward reward = r.rewardProposedAt == null ? null : new Reward(r.rewardAmountYuan, r.rewardProposedBy,
                time(r.rewardProposedAt), r.rewardApprovedBy, r.rewardApproverRole, time(r.rewardApprovedAt), r.rewardPaidOn);
        return new Staff(r.id, r.trackingCode, r.kind, r.status, r.title, r.description, r.regionCode,
                RegionCode.of(r.regionCode).township().value(), r.enterpriseName, r.enterpriseCreditCode,
                r.reporterIdentified, hints, gps, time(r.receivedAt), time(r.decidedAt), r.decidedBy, r.publicReply,
                r.notTrueReason, r.hazardId, reward, r.version);
    }

    static OffsetDateTime time(Instant at) {
        return at == null ? null : ChinaTime.of(at);
    }
}

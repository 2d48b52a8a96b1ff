package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.hazardservice.supervision.DualReport;
import cn.hazardledger.hazardservice.supervision.Escalation;
import cn.hazardledger.hazardservice.supervision.SupervisionLevel;
import cn.hazardledger.hazardservice.supervision.SupervisionListing;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

@Schema(name = "Hazard", description = "一条隐患的当前状态 / a hazard as it stands; its history is GET /hazards/{id}/entries")
public record HazardView(
        UUID id,
        @Schema(description = "台账编号 / ledger number, given at confirmation", examples = "YH-500240-2026-000123")
        String ledgerNumber,
        String title,
        String description,
        String cause,
        String regionCode,
        String townshipCode,
        String countyCode,
        Industry industry,
        HazardSource source,
        HazardLevel level,
        HazardType hazardType,
        RiskColour riskColour,
        HazardStatus status,
        @Schema(description = "超期 / the deadline has passed while the hazard is still being rectified (derived)")
        boolean overdue,
        ReportHazardRequest.LocationDto location,
        ReportHazardRequest.EnterpriseDto enterprise,
        OffsetDateTime discoveredAt,
        String discoveredBy,
        @Schema(description = "检查人签名 / the reporter's signature, bound to reportedBy") String signature,
        String reportedBy,
        String reporterRole,
        OffsetDateTime reportedAt,
        OffsetDateTime updatedAt,
        OffsetDateTime closedAt,
        String standardCode,
        String standardClause,
        @Schema(description = "the original, when rejected as its duplicate (重复)") UUID duplicateOf,
        Rectification rectification,
        @JsonInclude(JsonInclude.Include.NON_NULL) DualReportView dualReport,
        @JsonInclude(JsonInclude.Include.NON_NULL) SupervisionView supervision,
        @JsonInclude(JsonInclude.Include.NON_NULL) EscalationView escalation,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "群众举报 / 吹哨人: the public report this hazard was accepted from (GET /public-reports/{id}, "
                + "township, regulator and leader only); absent for other sources")
        UUID publicReportId,
        @Schema(description = "what the lifecycle allows next (the caller's role and side may still refuse)")
        Set<LedgerAction> allowedActions,
        long version) {

    @Schema(name = "RectificationState", description = "整改 / rectification as it stands")
    public record Rectification(int planRevision, LocalDate deadline, ResponsibleSide responsible, String submittedBy,
                                UUID pendingExtension) {
    }

    @Schema(name = "DualReportState", description = "双报告 / to whom the major hazard was reported; complete when both")
    public record DualReportView(Side townshipGovernment, Side industryDepartment, boolean complete) {
        public record Side(String name, String reportedBy, OffsetDateTime reportedAt) {
        }
    }

    @Schema(name = "SupervisionState", description = "挂牌督办 / the listing for supervision")
    public record SupervisionView(boolean listed, SupervisionLevel level, String authority, String documentNumber,
                                  LocalDate deadline, String listedBy, OffsetDateTime listedAt, String delistedBy,
                                  OffsetDateTime delistedAt) {
    }

    @Schema(name = "EscalationState", description = "上交蓄水池 / 推送行业部门")
    public record EscalationView(String poolRegionCode, String escalatedBy, OffsetDateTime escalatedAt,
                                 String departmentCode, String departmentName, String pushedBy, OffsetDateTime pushedAt) {
    }

    /** The hazard with its personal data (the enterprise contact's phone) as the disclosure allows. */
    public static HazardView of(Hazard h, LocalDate today, Disclosure disclosure) {
        RegionCode region = RegionCode.of(h.regionCode);
        ReportHazardRequest.LocationDto location = h.location == null ? null
                : new ReportHazardRequest.LocationDto(h.location.address, h.location.latitude, h.location.longitude);
        ReportHazardRequest.EnterpriseDto enterprise = h.enterprise == null || h.enterprise.name == null ? null
                : new ReportHazardRequest.EnterpriseDto(h.enterprise.name, h.enterprise.creditCode, h.enterprise.address,
                h.enterprise.contactName, disclosure.phone(h.enterprise.contactPhone));
        return new HazardView(h.id, h.ledgerNumber, h.title, h.description, h.cause, h.regionCode,
                region.township().value(), region.county().value(), h.industry, h.source, h.level, h.hazardType,
                h.riskColour, h.status, h.isOverdue(today), location, enterprise, time(h.discoveredAt), h.discoveredBy,
                h.signature, h.reportedBy, h.reporterRole, time(h.reportedAt), time(h.updatedAt), time(h.closedAt),
                h.standardCode, h.standardClause, h.duplicateOf,
                new Rectification(h.planRevision, h.deadline, h.responsibleSide(), h.submittedBy, h.pendingExtension),
                dual(h.dualReport), supervision(h.listing), escalation(h.escalation), h.publicReportId,
                HazardLifecycle.allowedFrom(h.status), h.version);
    }

    private static DualReportView dual(DualReport d) {
        if (d == null || d.townshipReportedAt == null && d.departmentReportedAt == null) {
            return null;
        }
        return new DualReportView(
                d.townshipReportedAt == null ? null : new DualReportView.Side(d.townshipGovernment, d.townshipReportedBy, time(d.townshipReportedAt)),
                d.departmentReportedAt == null ? null : new DualReportView.Side(d.department, d.departmentReportedBy, time(d.departmentReportedAt)),
                d.complete());
    }

    private static SupervisionView supervision(SupervisionListing l) {
        if (l == null || l.listedAt == null) {
            return null;
        }
        return new SupervisionView(l.isListed(), l.level, l.authority, l.documentNumber, l.deadline, l.listedBy,
                time(l.listedAt), l.delistedBy, time(l.delistedAt));
    }

    private static EscalationView escalation(Escalation e) {
        if (e == null || e.escalatedAt == null && e.pushedAt == null) {
            return null;
        }
        return new EscalationView(e.poolRegionCode, e.escalatedBy, time(e.escalatedAt), e.departmentCode,
                e.departmentName, e.pushedBy, time(e.pushedAt));
    }

    private static OffsetDateTime time(Instant at) {
        return at == null ? null : ChinaTime.of(at);
    }
}

package cn.hazardledger.taskservice.campaign;

import cn.hazardledger.chassis.web.ChinaTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Campaign", description = "专项行动方案 / a campaign; its breakdown is GET /campaigns/{id}/tree")
public record CampaignView(UUID id, String title, String documentNumber, String issuingBody, String regionCode,
                           int year, CampaignStatus status, List<PhaseView> phases,
                           @Schema(description = "the title row above the imported table's header") String breakdownTitle,
                           @Schema(description = "SHA-256 of the imported table; null before an import") String breakdownSha256,
                           String createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    @Schema(name = "CampaignPhaseView")
    public record PhaseView(int position, String name, LocalDate endsOn) {
    }

    static CampaignView of(Campaign c, List<CampaignPhase> phases) {
        return new CampaignView(c.id, c.title, c.documentNumber, c.issuingBody, c.regionCode, c.year, c.status,
                phases.stream().map(p -> new PhaseView(p.position, p.name, p.endsOn)).toList(), c.breakdownTitle,
                c.breakdownSha256, c.createdBy, ChinaTime.of(c.createdAt), ChinaTime.of(c.updatedAt), c.version);
    }
}

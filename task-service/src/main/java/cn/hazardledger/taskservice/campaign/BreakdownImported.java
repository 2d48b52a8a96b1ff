package cn.hazardledger.taskservice.campaign;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "BreakdownImported", description = "任务分解表导入结果 / what an import made of the table")
public record BreakdownImported(UUID campaignId,
                                @Schema(description = "false when the same file was imported before: nothing changed") boolean changed,
                                CampaignTree.Counts counts, String breakdownSha256, long version) {

    static BreakdownImported of(Campaign c, CampaignTree.Counts counts, boolean changed) {
        return new BreakdownImported(c.id, changed, counts, c.breakdownSha256, c.version);
    }
}

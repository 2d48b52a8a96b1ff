package cn.hazardledger.taskservice.campaign;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CampaignPage", description = "One page of campaigns, newest first; pass nextCursor back as cursor")
public record CampaignPage(List<CampaignView> items, String nextCursor) {
}

package cn.hazardledger.taskservice.campaign;

import cn.hazardledger.chassis.outbox.OutgoingEvent;
import cn.hazardledger.chassis.web.ChinaTime;

/** Payload of {@code campaign.published.v1}: the campaign and its breakdown are in force. */
public record CampaignPublishedV1(String campaignId, String title, String documentNumber, String regionCode, int year,
                                  CampaignTree.Counts counts, String publishedBy, String publishedAt)
        implements OutgoingEvent {

    public static final String TYPE = "campaign.published.v1";

    static CampaignPublishedV1 of(Campaign c, CampaignTree.Counts counts, String by) {
        return new CampaignPublishedV1(c.id.toString(), c.title, c.documentNumber, c.regionCode, c.year, counts, by,
                ChinaTime.format(c.updatedAt));
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String aggregateType() {
        return "campaign";
    }

    @Override
    public String aggregateId() {
        return campaignId;
    }
}

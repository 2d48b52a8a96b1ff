package cn.hazardledger.taskservice.campaign;

import cn.hazardledger.chassis.outbox.OutgoingEvent;
import cn.hazardledger.chassis.web.ChinaTime;

import java.util.List;
import java.util.TreeSet;

/**
 * Payload of {@code campaign.breakdown-imported.v1} (schema: events/campaign.breakdown-imported.v1.schema.json):
 * a campaign's breakdown table was imported; carries the leaders and units it names, so that a consumer can tell
 * them without calling back.
 */
public record CampaignBreakdownImportedV1(String campaignId, String title, String documentNumber, String regionCode,
                                          int year, String status, CampaignTree.Counts counts, List<String> leaders,
                                          List<String> units, String breakdownSha256, String importedAt)
        implements OutgoingEvent {

    public static final String TYPE = "campaign.breakdown-imported.v1";

    static CampaignBreakdownImportedV1 of(Campaign c, CampaignTree.Counts counts, List<CampaignItem> items) {
        TreeSet<String> leaders = new TreeSet<>();
        TreeSet<String> units = new TreeSet<>();
        items.forEach(i -> {
            leaders.addAll(BreakdownItems.split(i.leaders));
            units.addAll(BreakdownItems.split(i.units));
        });
        return new CampaignBreakdownImportedV1(c.id.toString(), c.title, c.documentNumber, c.regionCode, c.year,
                c.status.name(), counts, List.copyOf(leaders), List.copyOf(units), c.breakdownSha256,
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

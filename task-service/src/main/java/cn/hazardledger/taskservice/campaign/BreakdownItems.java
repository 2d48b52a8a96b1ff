package cn.hazardledger.taskservice.campaign;

import cn.hazardledger.taskservice.campaign.breakdown.Breakdown;
import cn.hazardledger.taskservice.campaign.breakdown.Deadline;
import cn.hazardledger.taskservice.campaign.breakdown.KeyTask;
import cn.hazardledger.taskservice.campaign.breakdown.MainAction;
import cn.hazardledger.taskservice.campaign.breakdown.SpecificTask;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A parsed breakdown as the rows of the campaign's tree, in document order. */
public final class BreakdownItems {

    static final String LIST_SEPARATOR = "、";

    private BreakdownItems() {
    }

    static List<CampaignItem> of(UUID campaignId, Breakdown breakdown) {
        List<CampaignItem> items = new ArrayList<>();
        int actions = 0;
        int keyTasks = 0;
        int specific = 0;
        for (MainAction action : breakdown.actions()) {
            CampaignItem a = item(campaignId, null, CampaignItem.Level.ACTION, ++actions, action.number(), action.title());
            items.add(a);
            for (KeyTask key : action.keyTasks()) {
                CampaignItem k = item(campaignId, a.id, CampaignItem.Level.KEY_TASK, ++keyTasks, key.number(), key.title());
                items.add(k);
                for (SpecificTask task : key.specificTasks()) {
                    CampaignItem s = item(campaignId, k.id, CampaignItem.Level.SPECIFIC_TASK, ++specific, task.number(),
                            task.text());
                    s.leaders = String.join(LIST_SEPARATOR, task.leaders());
                    s.units = String.join(LIST_SEPARATOR, task.units());
                    s.deadline = task.deadline() instanceof Deadline.By by ? by.date() : null;
                    s.deadlineWords = task.deadline() instanceof Deadline.By by ? by.words()
                            : ((Deadline.Ongoing) task.deadline()).words();
                    s.cadence = task.cadence().map(Enum::name).orElse(null);
                    s.remarks = task.remarks().isEmpty() ? null : task.remarks();
                    s.sourceRow = task.sourceRow() == 0 ? null : task.sourceRow();
                    s.status = "OPEN";
                    items.add(s);
                }
            }
        }
        return items;
    }

    private static CampaignItem item(UUID campaignId, UUID parent, CampaignItem.Level level, int position, String number,
                                     String text) {
        CampaignItem i = new CampaignItem();
        i.id = UUID.randomUUID();
        i.campaignId = campaignId;
        i.parentId = parent;
        i.level = level;
        i.position = position;
        i.number = number;
        i.text = text;
        return i;
    }

    /** A stored list of leaders or units as the names it joins. */
    public static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(LIST_SEPARATOR));
    }
}

package cn.hazardledger.taskservice.campaign;

import cn.hazardledger.taskservice.campaign.breakdown.Breakdown;
import cn.hazardledger.taskservice.campaign.breakdown.Cadence;
import cn.hazardledger.taskservice.campaign.breakdown.Deadline;
import cn.hazardledger.taskservice.campaign.breakdown.KeyTask;
import cn.hazardledger.taskservice.campaign.breakdown.MainAction;
import cn.hazardledger.taskservice.campaign.breakdown.SpecificTask;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The stored tree as a breakdown again, for the export: the inverse of {@link BreakdownItems}. */
final class CampaignBreakdown {

    private CampaignBreakdown() {
    }

    static Breakdown of(List<CampaignItem> items) {
        Map<UUID, List<CampaignItem>> children = new LinkedHashMap<>();
        List<CampaignItem> roots = new ArrayList<>();
        for (CampaignItem i : items) {
            if (i.parentId == null) {
                roots.add(i);
            } else {
                children.computeIfAbsent(i.parentId, k -> new ArrayList<>()).add(i);
            }
        }
        List<MainAction> actions = new ArrayList<>();
        for (CampaignItem a : roots) {
            List<KeyTask> keys = new ArrayList<>();
            for (CampaignItem k : children.getOrDefault(a.id, List.of())) {
                List<SpecificTask> tasks = children.getOrDefault(k.id, List.of()).stream()
                        .map(CampaignBreakdown::specific).toList();
                keys.add(new KeyTask(k.number, k.text, tasks));
            }
            actions.add(new MainAction(a.number, a.text, keys));
        }
        return new Breakdown(actions);
    }

    private static SpecificTask specific(CampaignItem s) {
        Deadline deadline = s.deadline == null ? new Deadline.Ongoing(s.deadlineWords)
                : new Deadline.By(s.deadline, s.deadlineWords);
        return new SpecificTask(s.number, s.text, BreakdownItems.split(s.leaders), BreakdownItems.split(s.units),
                deadline, Optional.ofNullable(s.cadence).map(Cadence::valueOf), s.remarks == null ? "" : s.remarks, 0);
    }
}

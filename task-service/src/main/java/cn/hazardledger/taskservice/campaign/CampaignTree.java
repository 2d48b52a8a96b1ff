package cn.hazardledger.taskservice.campaign;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The campaign's breakdown as a tree, with progress rolled up to each key task and main action: how many of its
 * specific tasks are done, in time, overdue. A dated task is overdue from the day after its deadline until done;
 * an ongoing (长期坚持) one is in time (its periods are its own instances).
 */
@Schema(name = "CampaignTree", description = "任务分解 / the breakdown tree with progress rolled up")
public record CampaignTree(Counts total, List<Action> actions) {

    @Schema(name = "CampaignProgress", description = "进度 / specific tasks in total, done, in time and overdue")
    public record Counts(int actions, int keyTasks, int specificTasks, int done, int inTime, int overdue) {
    }

    @Schema(name = "CampaignAction", description = "主要行动")
    public record Action(UUID id, String number, String title, Counts progress, List<KeyTask> keyTasks) {
    }

    @Schema(name = "CampaignKeyTask", description = "重点任务")
    public record KeyTask(UUID id, String number, String title, Counts progress, List<Specific> specificTasks) {
    }

    @Schema(name = "CampaignSpecificTask", description = "具体任务")
    public record Specific(UUID id, String number, String text, List<String> leaders, List<String> units,
                           @Schema(description = "null when ongoing (长期坚持)") LocalDate deadline,
                           @Schema(description = "完成时限 as the table says it") String deadlineWords,
                           @Schema(description = "DAILY, WEEKLY, MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY or null") String cadence,
                           String remarks, boolean done, boolean overdue) {
    }

    /** {@code lateInstances}: ongoing tasks with an instance past its due date and not done. */
    static CampaignTree of(List<CampaignItem> items, LocalDate today, java.util.Set<UUID> lateInstances) {
        Map<UUID, List<CampaignItem>> children = new LinkedHashMap<>();
        List<CampaignItem> roots = new ArrayList<>();
        for (CampaignItem i : items) {
            if (i.parentId == null) {
                roots.add(i);
            } else {
                children.computeIfAbsent(i.parentId, k -> new ArrayList<>()).add(i);
            }
        }
        List<Action> actions = new ArrayList<>();
        int done = 0;
        int overdue = 0;
        int specific = 0;
        int keyCount = 0;
        for (CampaignItem a : roots) {
            List<KeyTask> keys = new ArrayList<>();
            int aDone = 0;
            int aOverdue = 0;
            int aSpecific = 0;
            for (CampaignItem k : children.getOrDefault(a.id, List.of())) {
                List<Specific> tasks = children.getOrDefault(k.id, List.of()).stream().map(s -> specific(s, today, lateInstances)).toList();
                int kDone = (int) tasks.stream().filter(Specific::done).count();
                int kOverdue = (int) tasks.stream().filter(Specific::overdue).count();
                keys.add(new KeyTask(k.id, k.number, k.text, counts(0, 0, tasks.size(), kDone, kOverdue), tasks));
                aDone += kDone;
                aOverdue += kOverdue;
                aSpecific += tasks.size();
            }
            actions.add(new Action(a.id, a.number, a.text, counts(0, keys.size(), aSpecific, aDone, aOverdue), keys));
            keyCount += keys.size();
            done += aDone;
            overdue += aOverdue;
            specific += aSpecific;
        }
        return new CampaignTree(counts(roots.size(), keyCount, specific, done, overdue), actions);
    }

    /** The counts as of {@code today}, for a tree whose recurring tasks have no late instance (just imported). */
    static Counts counts(List<CampaignItem> items, LocalDate today) {
        return of(items, today, java.util.Set.of()).total();
    }

    private static Counts counts(int actions, int keyTasks, int specific, int done, int overdue) {
        return new Counts(actions, keyTasks, specific, done, specific - done - overdue, overdue);
    }

    private static Specific specific(CampaignItem s, LocalDate today, java.util.Set<UUID> lateInstances) {
        // done with its final progress report (ProgressReports); an ongoing task is late by its instances
        boolean done = s.isDone();
        boolean overdue = !done && (s.deadline != null && s.deadline.isBefore(today) || lateInstances.contains(s.id));
        return new Specific(s.id, s.number, s.text, BreakdownItems.split(s.leaders), BreakdownItems.split(s.units),
                s.deadline, s.deadlineWords, s.cadence, s.remarks, done, overdue);
    }
}

package cn.hazardledger.taskservice.campaign.breakdown;

import java.util.List;
import java.util.Objects;

/**
 * A key task (重点任务) of a main action, e.g. "2.全面动员部署。": {@code number} "2" as the document numbers it
 * (across the whole campaign, not per action; empty when the cell has none), {@code title} the rest as written.
 */
public record KeyTask(String number, String title, List<SpecificTask> specificTasks) {

    public KeyTask {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        specificTasks = List.copyOf(Objects.requireNonNull(specificTasks, "specificTasks"));
    }
}

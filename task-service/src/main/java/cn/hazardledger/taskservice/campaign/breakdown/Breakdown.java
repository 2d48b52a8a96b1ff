package cn.hazardledger.taskservice.campaign.breakdown;

import java.util.List;
import java.util.Objects;

/** A campaign's breakdown (任务分解): its main actions in document order. */
public record Breakdown(List<MainAction> actions) {

    public Breakdown {
        actions = List.copyOf(Objects.requireNonNull(actions, "actions"));
    }

    /** Every key task, in document order. */
    public List<KeyTask> keyTasks() {
        return actions.stream().flatMap(a -> a.keyTasks().stream()).toList();
    }

    /** Every specific task, in document order. */
    public List<SpecificTask> specificTasks() {
        return keyTasks().stream().flatMap(k -> k.specificTasks().stream()).toList();
    }
}

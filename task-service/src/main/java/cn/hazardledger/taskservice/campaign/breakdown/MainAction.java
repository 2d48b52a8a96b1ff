package cn.hazardledger.taskservice.campaign.breakdown;

import java.util.List;
import java.util.Objects;

/**
 * A main action (主要行动) of a campaign, e.g. "（一）属地党委政府责任强化行动。": {@code number} is the numeral the
 * document gives it ("一"; empty when the cell has none), {@code title} the rest of the cell as written.
 */
public record MainAction(String number, String title, List<KeyTask> keyTasks) {

    public MainAction {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(title, "title");
        keyTasks = List.copyOf(Objects.requireNonNull(keyTasks, "keyTasks"));
    }
}

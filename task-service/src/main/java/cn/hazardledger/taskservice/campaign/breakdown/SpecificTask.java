package cn.hazardledger.taskservice.campaign.breakdown;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A specific task (具体任务), the unit of work a breakdown assigns: e.g. "（3）党政主要负责人，每月开展1次实地督导检查…",
 * number "3", led by 谭千红 and 谭华祥, carried out by 各科室 and 各村, ongoing (长期坚持), monthly.
 *
 * @param number    the numeral the document gives it ("3"; empty when the cell has none)
 * @param text      the task as written, without its number
 * @param leaders   lead leaders (牵头领导), at least one
 * @param units     responsible units (责任科室), at least one
 * @param deadline  by when (完成时限)
 * @param cadence   how often the text (or else the deadline, "每月底") says it recurs; empty when it does not say
 * @param remarks   备注 as written, empty when none
 * @param sourceRow the row of the file it was read from, as the file shows it (0 when not read from a file)
 */
public record SpecificTask(String number, String text, List<String> leaders, List<String> units, Deadline deadline,
                           Optional<Cadence> cadence, String remarks, int sourceRow) {

    public SpecificTask {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(text, "text");
        leaders = List.copyOf(Objects.requireNonNull(leaders, "leaders"));
        units = List.copyOf(Objects.requireNonNull(units, "units"));
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(remarks, "remarks");
    }

    /** The same task as if it had not been read from a file: what a comparison across files looks at. */
    public SpecificTask withoutSourceRow() {
        return new SpecificTask(number, text, leaders, units, deadline, cadence, remarks, 0);
    }
}

package cn.hazardledger.taskservice.campaign.breakdown;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One period of a cadence, in which one instance of an ongoing task is due.
 *
 * @param key   stable and unique per cadence: "2023-05-14", "2023-W19" (ISO week), "2023-M05", "2023-Q2",
 *              "2023-H1", "2023"; a scheduled job keys the instance it creates on (task, key) so that it is
 *              created once however often the job runs
 * @param start the period's first day
 * @param end   the period's last day
 * @param due   when the instance is due: the period's last day, or the range's last day when the range ends first
 */
public record Period(Cadence cadence, String key, LocalDate start, LocalDate end, LocalDate due) {

    public Period {
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(due, "due");
    }
}

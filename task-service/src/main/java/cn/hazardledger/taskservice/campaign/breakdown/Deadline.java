package cn.hazardledger.taskservice.campaign.breakdown;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A specific task's deadline (完成时限): a date, or ongoing (长期坚持) for the whole campaign. Both keep the
 * table's own words ("5月15日前", "6月底"), which are what people read and what an export writes back; the
 * date is those words read against the campaign's year.
 */
public sealed interface Deadline permits Deadline.By, Deadline.Ongoing {

    /** The deadline as the table words it. */
    String words();

    /** Done by {@code date} (that day included). */
    record By(LocalDate date, String words) implements Deadline {
        public By {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(words, "words");
        }
    }

    /**
     * Kept up for the whole campaign (长期坚持); when the task (or these words: "每月底") states a cadence, one
     * instance is due per period ({@link Periods}).
     */
    record Ongoing(String words) implements Deadline {
        public Ongoing {
            Objects.requireNonNull(words, "words");
        }
    }

    /** A date deadline worded with its year, so that it reads the same against any campaign year. */
    static By on(LocalDate date) {
        return new By(date, date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日");
    }

    /** The table's usual word for an ongoing task. */
    static Ongoing ongoing() {
        return new Ongoing("长期坚持");
    }
}

package cn.hazardledger.taskservice.campaign.breakdown;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a task recurs, as its text states it (每日, 每周, 每月, 每季度, 每半年, 每年). Declared from the shortest
 * period to the longest: the order {@link #statedIn} relies on.
 */
public enum Cadence {
    /** 每日, 每天 */
    DAILY("每日"),
    /** 每周, 每星期 */
    WEEKLY("每周"),
    /** 每月, 每个月 */
    MONTHLY("每月"),
    /** 每季度, 每季 */
    QUARTERLY("每季度"),
    /** 每半年 */
    HALF_YEARLY("每半年"),
    /** 每年 */
    YEARLY("每年");

    // 每 directly followed by the period: "每半年" is not "每年", and "“日周月”隐患排查" (no 每) states nothing.
    private static final Pattern STATED = Pattern.compile("每个?(日|天|周|星期|月|季度|季|半年|年)");

    private final String words;

    Cadence(String words) {
        this.words = words;
    }

    /** The table's word for it, e.g. "每季度". */
    public String words() {
        return words;
    }

    /**
     * The cadence a text states. When it states several ("每半年开展1次专题培训，每年至少组织1次预案演练") the most
     * frequent one is the task's: an instance per half-year also holds the yearly drill, while an instance per
     * year would leave a half-year's training without one.
     */
    public static Optional<Cadence> statedIn(String text) {
        Cadence found = null;
        Matcher m = STATED.matcher(text);
        while (m.find()) {
            Cadence c = switch (m.group(1)) {
                case "日", "天" -> DAILY;
                case "周", "星期" -> WEEKLY;
                case "月" -> MONTHLY;
                case "季度", "季" -> QUARTERLY;
                case "半年" -> HALF_YEARLY;
                default -> YEARLY;
            };
            if (found == null || c.ordinal() < found.ordinal()) {
                found = c;
            }
        }
        return Optional.ofNullable(found);
    }
}

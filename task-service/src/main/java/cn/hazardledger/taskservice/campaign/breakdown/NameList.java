package cn.hazardledger.taskservice.campaign.breakdown;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A cell that lists names, leaders ("谭千红、谭华祥") or units ("党政办、应急办"), read into its items. Tables
 * separate them with the enumeration comma 、, a comma or a semicolon (full-width or ASCII), or put each on a line
 * of its own (the original table of 三星府发〔2023〕76号 does so for "谭千红 / 谭华祥").
 */
final class NameList {

    private static final Pattern SEPARATOR = Pattern.compile("[、，,；;\\r\\n]+");

    private NameList() {
    }

    /** The names, trimmed (full-width spaces too), empty items dropped; joined back with 、 they read as the cell did. */
    static List<String> split(String cell) {
        return Arrays.stream(SEPARATOR.split(cell))
                .map(Text::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** How a table writes a list: the enumeration comma. */
    static String join(List<String> names) {
        return String.join("、", names);
    }
}

package cn.hazardledger.taskservice.campaign.breakdown;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering a breakdown table writes before each item, as Chinese official documents number their levels:
 * main actions "（一）", key tasks "1.", specific tasks "（1）". Tables vary ("一、", "(1)", "1、", "1．", full-width
 * digits), so any of these forms is read at any level; the level comes from the column, not the form. The
 * number is kept as written (Chinese or Arabic numerals, full-width digits folded), the rest of the cell is the
 * title. A cell without a number has the number "".
 */
final class Numbering {

    private static final String NUMERAL = "([0-9０-９]{1,5}|[一二三四五六七八九十百零〇]{1,5})";
    // "（1）…", "(一)…" or "1.…", "一、…"; a dot followed by a digit is a date ("5.12防灾减灾日"), not a number
    private static final Pattern NUMBERED = Pattern.compile(
            "[(（]\\s*" + NUMERAL + "\\s*[)）]\\s*(.*)|" + NUMERAL + "\\s*(?:[、．]|\\.(?![0-9０-９]))\\s*(.*)",
            Pattern.DOTALL);

    private Numbering() {
    }

    /** A numbered item: its number as written ("一", "12"; "" when none) and its title. */
    record Numbered(String number, String title) {
    }

    static Numbered read(String cell) {
        String text = Text.trim(cell);
        Matcher m = NUMBERED.matcher(text);
        if (m.matches()) {
            String number = m.group(1) != null ? m.group(1) : m.group(3);
            String title = Text.trim(m.group(1) != null ? m.group(2) : m.group(4));
            if (!title.isEmpty()) {
                return new Numbered(foldDigits(number), title);
            }
        }
        return new Numbered("", text);
    }

    /** A main action as the table writes it: "（一）属地党委政府责任强化行动。". */
    static String action(String number, String title) {
        return number.isEmpty() ? title : "（" + number + "）" + title;
    }

    /** A key task as the table writes it: "1.树牢红线意识。". */
    static String keyTask(String number, String title) {
        return number.isEmpty() ? title : number + "." + title;
    }

    /** A specific task as the table writes it: "（1）召开党委会议…". */
    static String specificTask(String number, String text) {
        return number.isEmpty() ? text : "（" + number + "）" + text;
    }

    private static String foldDigits(String number) {
        StringBuilder b = new StringBuilder(number.length());
        for (char c : number.toCharArray()) {
            b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return b.toString();
    }
}

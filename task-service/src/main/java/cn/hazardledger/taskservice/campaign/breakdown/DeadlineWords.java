package cn.hazardledger.taskservice.campaign.breakdown;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a deadline (完成时限) as breakdown tables word it, against the campaign's year: "5月15日前", "6月底",
 * "5月底前", "7月10日", "11月30日", "长期坚持", and their usual variants ("2023年6月底前", "12月31日之前", "年底前",
 * "上半年", "三季度末", "每月底", "2023-06-30", full-width digits, Chinese numerals: "六月底"). Words it cannot
 * read exactly are refused, never guessed at: "六月中旬" and "6月" (the end of June? before June?) are errors
 * for the table's author to fix.
 */
final class DeadlineWords {

    /** How many years after the campaign's own a deadline may lie (a campaign of 2023–2024, 001); a year outside is a typo. */
    static final int YEARS_AHEAD = 2;

    private static final String SUFFIX = "(?:之前|以前|前)?(?:完成)?";
    private static final String YEAR = "(?:(\\d{4})年)?";
    private static final String NUMBER = "(\\d{1,2}|[一二三四五六七八九十]{1,3})";

    private static final Set<String> ONGOING = Set.of("长期坚持", "长期", "长期开展", "持续开展", "常态化", "常态化开展");
    private static final Pattern PERIODIC = Pattern.compile("每个?(?:日|天|周|星期|月|季度|季|半年|年)(?:底|末)?" + SUFFIX);
    private static final Pattern DATE = Pattern.compile(YEAR + NUMBER + "月" + NUMBER + "[日号]" + SUFFIX);
    private static final Pattern MONTH_END = Pattern.compile(YEAR + NUMBER + "月份?(?:底|末)" + SUFFIX);
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:日)?" + SUFFIX);
    private static final Pattern YEAR_END = Pattern.compile("(?:(\\d{4})年(?:底|末|内)|(?:本|今)?年(?:底|末|内))" + SUFFIX);
    private static final Pattern HALF_YEAR = Pattern.compile(YEAR + "(上|下)半年(?:底|末)?" + SUFFIX);
    private static final Pattern QUARTER = Pattern.compile(YEAR + "第?([1-4一二三四])季度(?:末|底)?" + SUFFIX);

    private DeadlineWords() {
    }

    /**
     * The deadline these words state, read against {@code campaignYear} where they name no year.
     *
     * @throws UnreadableCell when they state none exactly, with the reason in Chinese
     */
    static Deadline read(String words, int campaignYear) {
        String original = Text.trim(words);
        // NFKC folds full-width digits and punctuation ("６月３０日", "2023．6．30") into ASCII; spaces mean nothing here
        String s = Normalizer.normalize(original, Normalizer.Form.NFKC).replaceAll("\\s+", "").replaceAll("[。.]$", "");
        if (ONGOING.contains(s) || PERIODIC.matcher(s).matches()) {
            return new Deadline.Ongoing(original);
        }
        Matcher m;
        if ((m = DATE.matcher(s)).matches()) {
            return by(original, year(m.group(1), campaignYear, original), number(m.group(2)), number(m.group(3)));
        }
        if ((m = MONTH_END.matcher(s)).matches()) {
            return monthEnd(original, year(m.group(1), campaignYear, original), number(m.group(2)));
        }
        if ((m = ISO_DATE.matcher(s)).matches()) {
            return by(original, year(m.group(1), campaignYear, original), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if ((m = YEAR_END.matcher(s)).matches()) {
            return by(original, year(m.group(1), campaignYear, original), 12, 31);
        }
        if ((m = HALF_YEAR.matcher(s)).matches()) {
            return monthEnd(original, year(m.group(1), campaignYear, original), m.group(2).equals("上") ? 6 : 12);
        }
        if ((m = QUARTER.matcher(s)).matches()) {
            return monthEnd(original, year(m.group(1), campaignYear, original), number(m.group(2)) * 3);
        }
        throw new UnreadableCell("无法识别的时限“" + original + "”");
    }

    private static Deadline by(String words, int year, int month, int day) {
        try {
            return new Deadline.By(LocalDate.of(year, month, day), words);
        } catch (DateTimeException e) {
            throw new UnreadableCell("不存在的日期“" + words + "”");
        }
    }

    private static Deadline monthEnd(String words, int year, int month) {
        if (month < 1 || month > 12) {
            throw new UnreadableCell("不存在的月份“" + words + "”");
        }
        return new Deadline.By(YearMonth.of(year, month).atEndOfMonth(), words);
    }

    private static int year(String written, int campaignYear, String words) {
        if (written == null) {
            return campaignYear;
        }
        int year = Integer.parseInt(written);
        if (year < campaignYear || year > campaignYear + YEARS_AHEAD) {
            throw new UnreadableCell("时限“" + words + "”不在" + campaignYear + "年至" + (campaignYear + YEARS_AHEAD) + "年之间");
        }
        return year;
    }

    /** 1–31 written in digits or in Chinese numerals (六, 十二, 二十一, 三十一). */
    private static int number(String n) {
        if (Character.isDigit(n.charAt(0))) {
            return Integer.parseInt(n);
        }
        int ten = n.indexOf('十');
        if (ten < 0) {
            return n.length() == 1 ? digit(n.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : digit(n.charAt(0));
        int units = ten == n.length() - 1 ? 0 : digit(n.charAt(ten + 1));
        // "十二十" and the like are no number: -1 makes the date fail as not existing
        return ten > 1 || n.length() - ten > 2 || tens < 0 || units < 0 ? -1 : tens * 10 + units;
    }

    private static int digit(char c) {
        int i = "一二三四五六七八九".indexOf(c);
        return i < 0 ? -1 : i + 1;
    }
}

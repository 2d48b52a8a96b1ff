package cn.hazardledger.notifyservice.bulletin.render;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The Chinese words a bulletin shows for the codes its sources answer (docs/domain.md). A code added to a source
 * after this service was built is shown as the code itself rather than dropped.
 */
public final class Words {

    private static final Map<String, String> INDUSTRIES = Map.ofEntries(
            Map.entry("ROAD_TRAFFIC", "道路交通"), Map.entry("CONSTRUCTION", "建设施工"), Map.entry("GAS", "燃气"),
            Map.entry("FIRE", "消防"), Map.entry("HAZARDOUS_CHEMICALS", "危险化学品"), Map.entry("INDUSTRY_TRADE", "工贸"),
            Map.entry("FIREWORKS", "烟花爆竹"), Map.entry("MINING", "矿山"), Map.entry("SELF_BUILT_HOUSING", "自建房"),
            Map.entry("WATER_TRAFFIC", "水上交通"), Map.entry("OTHER", "其他"));
    private static final Map<String, String> LEVELS = Map.of("GENERAL", "一般隐患", "MAJOR", "重大事故隐患");
    private static final Map<String, String> STATUSES = Map.of("REPORTED", "待核实", "CONFIRMED", "已纳入台账",
            "RECTIFYING", "整改中", "SUBMITTED", "待复查", "CLOSED", "已销号", "REJECTED", "已退回");
    private static final Map<String, String> COLOURS = Map.of("RED", "红", "ORANGE", "橙", "YELLOW", "黄", "BLUE", "蓝");
    private static final Map<String, String> CAMPAIGN_STATUSES = Map.of("DRAFT", "草稿", "PUBLISHED", "实施中",
            "CLOSED", "已结束");

    private Words() {
    }

    public static String industry(String code) {
        return word(INDUSTRIES, code);
    }

    public static String level(String code) {
        return word(LEVELS, code);
    }

    public static String status(String code) {
        return word(STATUSES, code);
    }

    public static String colour(String code) {
        return word(COLOURS, code);
    }

    public static String campaignStatus(String code) {
        return word(CAMPAIGN_STATUSES, code);
    }

    /** 66.7%, or "—" when nothing was found and so there is no rate (hazard-service answers null, never 0). */
    public static String rate(BigDecimal rate) {
        return rate == null ? "—" : rate.toPlainString() + "%";
    }

    /** The share done of a campaign's specific tasks, one decimal; "—" for a campaign without any. */
    public static String share(int done, int of) {
        return of == 0 ? "—" : BigDecimal.valueOf(done * 100L)
                .divide(BigDecimal.valueOf(of), 1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** The date part of an ISO time or date, as written (2026-03-31). */
    public static String day(String iso) {
        return iso == null ? "" : iso.length() >= 10 ? iso.substring(0, 10) : iso;
    }

    private static String word(Map<String, String> words, String code) {
        return code == null ? "" : words.getOrDefault(code, code);
    }
}

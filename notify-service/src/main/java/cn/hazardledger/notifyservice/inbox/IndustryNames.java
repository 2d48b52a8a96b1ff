package cn.hazardledger.notifyservice.inbox;

import java.util.Map;

/** The Chinese names people read in notifications, for the industry codes the events carry. */
public final class IndustryNames {

    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("ROAD_TRAFFIC", "道路交通"),
            Map.entry("CONSTRUCTION", "建设施工"),
            Map.entry("GAS", "燃气"),
            Map.entry("FIRE", "消防"),
            Map.entry("HAZARDOUS_CHEMICALS", "危险化学品"),
            Map.entry("INDUSTRY_TRADE", "工贸"),
            Map.entry("FIREWORKS", "烟花爆竹"),
            Map.entry("MINING", "矿山"),
            Map.entry("SELF_BUILT_HOUSING", "自建房"),
            Map.entry("WATER_TRAFFIC", "水上交通"),
            Map.entry("OTHER", "其他"));

    private IndustryNames() {
    }

    public static boolean known(String code) {
        return NAMES.containsKey(code);
    }

    public static java.util.List<String> codes() {
        return NAMES.keySet().stream().sorted().toList();
    }

    /** The Chinese name, or the code itself for an industry added after this service was built. */
    public static String of(String code) {
        return code == null ? null : NAMES.getOrDefault(code, code);
    }
}

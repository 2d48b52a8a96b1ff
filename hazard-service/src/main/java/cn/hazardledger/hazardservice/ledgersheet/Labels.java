package cn.hazardledger.hazardservice.ledgersheet;

import cn.hazardledger.hazardservice.hazard.HazardLevel;
import cn.hazardledger.hazardservice.hazard.HazardSource;
import cn.hazardledger.hazardservice.hazard.HazardStatus;
import cn.hazardledger.hazardservice.hazard.HazardType;
import cn.hazardledger.hazardservice.hazard.Industry;
import cn.hazardledger.hazardservice.hazard.RiskColour;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Chinese names a ledger shows for the hazard's enums, those of their OpenAPI descriptions. The first name
 * is the one an export writes; the import also takes the others (short forms a clerk types: 红色, 一般) and the
 * code itself (GAS).
 */
final class Labels {

    private static final Map<Enum<?>, List<String>> NAMES = new LinkedHashMap<>();
    private static final Map<Class<?>, Map<String, Enum<?>>> BY_NAME = new HashMap<>();

    static {
        name(Industry.ROAD_TRAFFIC, "道路交通");
        name(Industry.CONSTRUCTION, "建筑施工");
        name(Industry.GAS, "燃气");
        name(Industry.FIRE, "消防");
        name(Industry.HAZARDOUS_CHEMICALS, "危险化学品", "危化品");
        name(Industry.INDUSTRY_TRADE, "工贸");
        name(Industry.FIREWORKS, "烟花爆竹");
        name(Industry.MINING, "矿山");
        name(Industry.SELF_BUILT_HOUSING, "自建房");
        name(Industry.WATER_TRAFFIC, "水上交通");
        name(Industry.OTHER, "其他");
        name(HazardSource.ENTERPRISE_SELF_CHECK, "企业自查");
        name(HazardSource.DEPARTMENT_INSPECTION, "部门检查");
        name(HazardSource.SUPERVISION_INSPECTION, "督导检查");
        name(HazardSource.COVERT_INSPECTION, "明查暗访", "四不两直");
        name(HazardSource.GRID_PATROL, "网格巡查");
        name(HazardSource.PUBLIC_REPORT, "群众举报");
        name(HazardSource.WHISTLEBLOWER, "吹哨人");
        name(HazardSource.ASSIGNED_BY_SUPERIOR, "上级交办");
        name(HazardLevel.GENERAL, "一般隐患", "一般");
        name(HazardLevel.MAJOR, "重大事故隐患", "重大隐患", "重大");
        name(HazardType.PERSON, "人的不安全行为");
        name(HazardType.OBJECT, "物的不安全状态");
        name(HazardType.ENVIRONMENT, "环境的不安全因素");
        name(HazardType.MANAGEMENT, "管理缺陷");
        name(RiskColour.RED, "红", "红色");
        name(RiskColour.ORANGE, "橙", "橙色");
        name(RiskColour.YELLOW, "黄", "黄色");
        name(RiskColour.BLUE, "蓝", "蓝色");
        name(HazardStatus.REPORTED, "已上报");
        name(HazardStatus.CONFIRMED, "已纳入台账");
        name(HazardStatus.REJECTED, "已退回");
        name(HazardStatus.RECTIFYING, "整改中");
        name(HazardStatus.SUBMITTED, "已提交待复查");
        name(HazardStatus.CLOSED, "已销号");
    }

    private Labels() {
    }

    private static void name(Enum<?> value, String... names) {
        NAMES.put(value, List.of(names));
        Map<String, Enum<?>> byName = BY_NAME.computeIfAbsent(value.getDeclaringClass(), k -> new HashMap<>());
        byName.put(value.name(), value);
        for (String n : names) {
            byName.put(n, value);
        }
    }

    /** The name an export writes; null for null. */
    static String of(Enum<?> value) {
        return value == null ? null : NAMES.get(value).get(0);
    }

    /** The value {@code text} names, by any of its names or its code. */
    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        return Optional.ofNullable(BY_NAME.getOrDefault(type, Map.of()).get(text)).map(type::cast);
    }

    /** What a refusal lists as the accepted names: those an export writes, 、-separated. */
    static String choices(Class<? extends Enum<?>> type) {
        StringBuilder text = new StringBuilder();
        for (Enum<?> value : type.getEnumConstants()) {
            text.append(text.isEmpty() ? "" : "、").append(of(value));
        }
        return text.toString();
    }
}

package cn.hazardledger.hazardservice.ledgersheet;

import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.hazardservice.hazard.Hazard;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Function;

/**
 * The columns of the ledger sheet, in order, with the header both the export writes and the import finds
 * them by: what a township's paper ledger holds. No phone number is a column: the enterprise contact's and the
 * responsible person's phones stay in the service (personal data, masked by a later security issue).
 */
enum SheetColumn {
    LEDGER_NUMBER("台账编号", Kind.TEXT, false, h -> h.ledgerNumber),
    TITLE("隐患名称", Kind.TEXT, true, h -> h.title),
    DESCRIPTION("隐患描述", Kind.TEXT, true, h -> h.description),
    REGION("所在区域代码", Kind.TEXT, true, h -> h.regionCode),
    INDUSTRY("行业", Kind.TEXT, true, h -> Labels.of(h.industry)),
    SOURCE("隐患来源", Kind.TEXT, true, h -> Labels.of(h.source)),
    LEVEL("隐患等级", Kind.TEXT, true, h -> Labels.of(h.level)),
    HAZARD_TYPE("隐患类别", Kind.TEXT, false, h -> Labels.of(h.hazardType)),
    RISK_COLOUR("风险颜色", Kind.TEXT, false, h -> Labels.of(h.riskColour)),
    STATUS("状态", Kind.TEXT, true, h -> Labels.of(h.status)),
    ENTERPRISE("企业名称", Kind.TEXT, false, h -> h.enterprise == null ? null : h.enterprise.name),
    CREDIT_CODE("统一社会信用代码", Kind.TEXT, false, h -> h.enterprise == null ? null : h.enterprise.creditCode),
    DISCOVERED_AT("发现时间", Kind.DATE_TIME, false, h -> china(h.discoveredAt)),
    DISCOVERED_BY("发现人", Kind.TEXT, false, h -> h.discoveredBy),
    REPORTED_AT("上报时间", Kind.DATE_TIME, true, h -> china(h.reportedAt)),
    RESPONSIBLE_UNIT("整改责任单位", Kind.TEXT, false, h -> h.responsibleUnitName),
    RESPONSIBLE_PERSON("整改责任人", Kind.TEXT, false, h -> h.responsiblePerson),
    DEADLINE("整改期限", Kind.DATE, false, h -> h.deadline),
    CLOSED_AT("销号时间", Kind.DATE_TIME, false, h -> china(h.closedAt)),
    ADDRESS("地址", Kind.TEXT, false, h -> h.location == null ? null : h.location.address),
    LATITUDE("纬度", Kind.NUMBER, false, h -> h.location == null ? null : h.location.latitude),
    LONGITUDE("经度", Kind.NUMBER, false, h -> h.location == null ? null : h.location.longitude);

    /** How a cell holds its value: text, a number, a date (整改期限 is a China date) or a China date and time. */
    enum Kind { TEXT, NUMBER, DATE, DATE_TIME }

    private final String header;
    private final Kind kind;
    private final boolean required;
    private final Function<Hazard, Object> value;

    SheetColumn(String header, Kind kind, boolean required, Function<Hazard, Object> value) {
        this.header = header;
        this.kind = kind;
        this.required = required;
        this.value = value;
    }

    String header() {
        return header;
    }

    Kind kind() {
        return kind;
    }

    /** Whether the import refuses a file without this column, and a row with this cell empty. */
    boolean required() {
        return required;
    }

    /**
     * The cell's value for {@code h}: a String, a BigDecimal, a LocalDate or a LocalDateTime in China time; null
     * for an empty cell.
     */
    Object valueOf(Hazard h) {
        return value.apply(h);
    }

    /** The column a header cell names, white space (a header broken over two lines) ignored. */
    static Optional<SheetColumn> named(String headerCell) {
        String name = headerCell.replaceAll("[\\s\\u3000]+", "");
        for (SheetColumn c : values()) {
            if (c.header.equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static LocalDateTime china(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, ChinaTime.ZONE);
    }
}

package cn.hazardledger.hazardservice.ledgersheet;

import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.hazardservice.enterprise.CreditCode;
import cn.hazardledger.hazardservice.hazard.HazardLevel;
import cn.hazardledger.hazardservice.hazard.HazardSource;
import cn.hazardledger.hazardservice.hazard.HazardStatus;
import cn.hazardledger.hazardservice.hazard.HazardType;
import cn.hazardledger.hazardservice.hazard.ImportedHazard;
import cn.hazardledger.hazardservice.hazard.Industry;
import cn.hazardledger.hazardservice.hazard.RiskColour;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@link SheetTable} in the export's layout into hazards, checking every row and column and collecting
 * every problem rather than stopping at the first: the header row (the first naming three of the columns;
 * rows above it are a title), then each row. Plain Java, so that the rules are tested without a server.
 */
final class LedgerRows {

    static final Pattern LEDGER_NUMBER = Pattern.compile("YH-(\\d{6})-(\\d{4})-(\\d{6})");

    /** One row read: the hazard and the row it came from. */
    record Read(int row, ImportedHazard hazard) {

        /** What finds the hazard again when it has no ledger number: where, what, and when reported. */
        String key() {
            return hazard.ledgerNumber() != null ? hazard.ledgerNumber()
                    : hazard.regionCode() + "|" + hazard.title() + "|" + hazard.reportedAt();
        }
    }

    /** The rows, or the problems (then there are no rows), and the columns the file has that are none of ours. */
    record Result(List<Read> rows, List<SheetProblem> problems, List<String> ignoredColumns) {
    }

    private final Predicate<RegionCode> inScope;
    private final String scopeName;
    private final Instant now;
    private final List<SheetProblem> problems = new ArrayList<>();

    /**
     * @param inScope   whether the importer may import into a region
     * @param scopeName the importer's region, as a refusal names it
     * @param now       no hazard of an existing ledger was reported later than this
     */
    LedgerRows(Predicate<RegionCode> inScope, String scopeName, Instant now) {
        this.inScope = inScope;
        this.scopeName = scopeName;
        this.now = now;
    }

    Result read(SheetTable table) {
        int headerAt = headerRow(table);
        if (headerAt < 0) {
            problems.add(SheetProblem.ofFile("找不到表头：第一行应为台账的列名（台账编号、隐患名称、隐患描述……），与导出的台账相同"));
            return new Result(List.of(), problems, List.of());
        }
        SheetTable.Row header = table.rows().get(headerAt);
        Map<SheetColumn, Integer> columns = new EnumMap<>(SheetColumn.class);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String name = header.cell(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            var column = SheetColumn.named(name);
            if (column.isEmpty()) {
                ignored.add(name);
            } else if (columns.putIfAbsent(column.get(), i) != null) {
                problems.add(new SheetProblem(header.number(), column.get().header(), "此列出现了两次"));
            }
        }
        for (SheetColumn c : SheetColumn.values()) {
            if (c.required() && !columns.containsKey(c)) {
                problems.add(new SheetProblem(header.number(), c.header(), "缺少此列"));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems, ignored);
        }
        List<Read> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (SheetTable.Row row : table.rows().subList(headerAt + 1, table.rows().size())) {
            ImportedHazard hazard = new Cells(row, columns).hazard();
            if (hazard == null) {
                continue;
            }
            Read read = new Read(row.number(), hazard);
            Integer first = seen.putIfAbsent(read.key(), row.number());
            if (first != null) {
                problems.add(hazard.ledgerNumber() != null
                        ? new SheetProblem(row.number(), SheetColumn.LEDGER_NUMBER.header(), "与第" + first + "行的台账编号重复")
                        : new SheetProblem(row.number(), SheetColumn.TITLE.header(), "与第" + first
                        + "行是同一条隐患（所在区域代码、隐患名称、上报时间均相同）"));
            }
            rows.add(read);
        }
        return new Result(problems.isEmpty() ? rows : List.of(), problems, ignored);
    }

    private static int headerRow(SheetTable table) {
        for (int r = 0; r < Math.min(table.rows().size(), 10); r++) {
            long named = table.rows().get(r).cells().stream().filter(c -> c != null && SheetColumn.named(c).isPresent()).count();
            if (named >= 3) {
                return r;
            }
        }
        return -1;
    }

    /** The cells of one row, each read by its column's rule; each problem is recorded with the row and column. */
    private final class Cells {
        private final SheetTable.Row row;
        private final Map<SheetColumn, Integer> columns;
        private int problemsBefore;

        Cells(SheetTable.Row row, Map<SheetColumn, Integer> columns) {
            this.row = row;
            this.columns = columns;
        }

        /** The row's hazard, or null when any cell of it has a problem (each one recorded) or it holds none. */
        ImportedHazard hazard() {
            if (columns.keySet().stream().allMatch(c -> raw(c) == null)) {
                return null; // text only in columns of no interest here: a note beside the table, not a hazard
            }
            problemsBefore = problems.size();
            String number = text(SheetColumn.LEDGER_NUMBER, 32);
            String title = text(SheetColumn.TITLE, 200);
            String description = text(SheetColumn.DESCRIPTION, 4000);
            RegionCode region = region();
            Industry industry = label(SheetColumn.INDUSTRY, Industry.class);
            HazardSource source = label(SheetColumn.SOURCE, HazardSource.class);
            HazardLevel level = label(SheetColumn.LEVEL, HazardLevel.class);
            HazardType type = label(SheetColumn.HAZARD_TYPE, HazardType.class);
            RiskColour colour = label(SheetColumn.RISK_COLOUR, RiskColour.class);
            HazardStatus status = label(SheetColumn.STATUS, HazardStatus.class);
            String enterprise = text(SheetColumn.ENTERPRISE, 200);
            String creditCode = text(SheetColumn.CREDIT_CODE, 18);
            if (creditCode != null && CreditCode.problemWith(creditCode) != null) {
                problem(SheetColumn.CREDIT_CODE, "“" + creditCode + "”不是有效的统一社会信用代码（18位，末位为校验码）");
            }
            Instant discoveredAt = time(SheetColumn.DISCOVERED_AT);
            String discoveredBy = text(SheetColumn.DISCOVERED_BY, 200);
            Instant reportedAt = time(SheetColumn.REPORTED_AT);
            String unit = text(SheetColumn.RESPONSIBLE_UNIT, 200);
            String person = text(SheetColumn.RESPONSIBLE_PERSON, 100);
            LocalDate deadline = date();
            Instant closedAt = time(SheetColumn.CLOSED_AT);
            String address = text(SheetColumn.ADDRESS, 500);
            BigDecimal latitude = degrees(SheetColumn.LATITUDE, 90);
            BigDecimal longitude = degrees(SheetColumn.LONGITUDE, 180);
            ledgerNumber(number, region, status);
            if (status == HazardStatus.RECTIFYING && raw(SheetColumn.DEADLINE) == null) {
                problem(SheetColumn.DEADLINE, "整改中的隐患须有整改期限");
            }
            if (status == HazardStatus.CLOSED && raw(SheetColumn.CLOSED_AT) == null) {
                problem(SheetColumn.CLOSED_AT, "已销号的隐患须有销号时间");
            }
            if (status != null && status != HazardStatus.CLOSED && closedAt != null) {
                problem(SheetColumn.CLOSED_AT, "只有已销号的隐患才有销号时间");
            }
            if (reportedAt != null) {
                if (reportedAt.isAfter(now)) {
                    problem(SheetColumn.REPORTED_AT, "不能晚于当前时间");
                }
                if (discoveredAt != null && discoveredAt.isAfter(reportedAt)) {
                    problem(SheetColumn.DISCOVERED_AT, "不能晚于上报时间");
                }
                if (closedAt != null && closedAt.isBefore(reportedAt)) {
                    problem(SheetColumn.CLOSED_AT, "不能早于上报时间");
                }
            }
            if (problems.size() > problemsBefore) {
                return null;
            }
            return new ImportedHazard(number, title, description, region.value(), industry, source, level, type, colour,
                    status, enterprise, creditCode, address, latitude, longitude, discoveredAt, discoveredBy, reportedAt,
                    unit, person, deadline, closedAt);
        }

        private String raw(SheetColumn c) {
            Integer index = columns.get(c);
            String text = index == null ? "" : CellText.unguarded(row.cell(index).strip());
            return text.isEmpty() ? null : text;
        }

        private String text(SheetColumn c, int max) {
            String text = raw(c);
            if (text == null && c.required()) {
                problem(c, "不能为空");
            } else if (text != null && text.codePointCount(0, text.length()) > max) {
                problem(c, "不能超过" + max + "个字");
            }
            return text;
        }

        private RegionCode region() {
            String text = text(SheetColumn.REGION, 12);
            if (text == null) {
                return null;
            }
            if (!RegionCode.isValid(text)) {
                problem(SheetColumn.REGION, "“" + text + "”不是12位行政区划代码，如 500240213001");
                return null;
            }
            RegionCode region = RegionCode.of(text);
            if (!inScope.test(region)) {
                problem(SheetColumn.REGION, text + " 不在你的辖区（" + scopeName + "）内");
            }
            return region;
        }

        private <E extends Enum<E>> E label(SheetColumn c, Class<E> type) {
            String text = text(c, 100);
            if (text == null) {
                return null;
            }
            return Labels.parse(type, text).orElseGet(() -> {
                problem(c, "无法识别“" + text + "”，应为：" + Labels.choices(type));
                return null;
            });
        }

        private Instant time(SheetColumn c) {
            String text = text(c, 40);
            if (text == null) {
                return null;
            }
            LocalDateTime at = CellText.dateTime(text);
            if (at == null) {
                problem(c, "时间格式应为 yyyy-MM-dd HH:mm:ss 或 yyyy-MM-dd，如 2026-11-26 09:30:00");
                return null;
            }
            return at.atZone(ChinaTime.ZONE).toInstant();
        }

        private LocalDate date() {
            String text = text(SheetColumn.DEADLINE, 40);
            if (text == null) {
                return null;
            }
            LocalDate day = CellText.date(text);
            if (day == null) {
                problem(SheetColumn.DEADLINE, "日期格式应为 yyyy-MM-dd，如 2026-12-31");
            }
            return day;
        }

        private BigDecimal degrees(SheetColumn c, int limit) {
            String text = text(c, 40);
            if (text == null) {
                return null;
            }
            BigDecimal value = CellText.number(text);
            if (value == null || value.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
                problem(c, "应为 -" + limit + " 到 " + limit + " 之间的数（度），如 " + (limit == 90 ? "30.012345" : "108.123456"));
                return null;
            }
            return value.setScale(6, RoundingMode.HALF_UP);
        }

        private void ledgerNumber(String number, RegionCode region, HazardStatus status) {
            if (number == null) {
                return;
            }
            Matcher m = LEDGER_NUMBER.matcher(number);
            if (!m.matches() || Integer.parseInt(m.group(3)) == 0) {
                problem(SheetColumn.LEDGER_NUMBER, "格式应为 YH-县级区划代码-年份-六位序号，如 YH-500240-2026-000123");
            } else if (region != null && !region.value().startsWith(m.group(1))) {
                problem(SheetColumn.LEDGER_NUMBER, "台账编号的县级代码 " + m.group(1) + " 与所在区域代码 " + region.value() + " 不符");
            }
            if (status == HazardStatus.REPORTED || status == HazardStatus.REJECTED) {
                problem(SheetColumn.LEDGER_NUMBER, "“" + Labels.of(status) + "”的隐患尚未纳入台账，不应有台账编号");
            }
        }

        private void problem(SheetColumn c, String reason) {
            problems.add(new SheetProblem(row.number(), c.header(), reason));
        }
    }
}

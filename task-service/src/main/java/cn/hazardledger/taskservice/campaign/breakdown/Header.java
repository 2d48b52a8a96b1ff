package cn.hazardledger.taskservice.campaign.breakdown;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The header row of a breakdown table and which column is which. Offices put a title row or two above the
 * header ("附件", "三星乡2023年安全生产专项整治行动任务分解表", often one merged cell across the table), so the header
 * is the first of the top rows that names at least {@value #ENOUGH_NAMES} known columns: no title names three
 * columns, and a header that names fewer is not this table's.
 */
final class Header {

    /** How many of a table's first rows may come before its header. */
    static final int ROWS_SEARCHED = 10;
    static final int ENOUGH_NAMES = 3;

    private final Table.Row row;
    private final Map<Column, Integer> indexes;
    private final String title;

    private Header(Table.Row row, Map<Column, Integer> indexes, String title) {
        this.row = row;
        this.indexes = indexes;
        this.title = title;
    }

    /** Whether the table has a header row, even one with problems: the sheet a workbook's table is on. */
    static boolean present(Table table) {
        return headerIndex(table) >= 0;
    }

    /** The table's header, or the problems that keep it from being one. */
    static Found find(Table table) {
        int i = headerIndex(table);
        if (i >= 0) {
            return read(table.rows().get(i), title(table.rows().subList(0, i)));
        }
        String names = Arrays.stream(Column.values()).filter(Column::required)
                .map(c -> "“" + c.header() + "”").collect(Collectors.joining(""));
        return new Found(null, List.of(ImportProblem.ofFile(
                "找不到表头：前" + ROWS_SEARCHED + "行中没有一行写明列名（应有" + names + "等列）")));
    }

    private static int headerIndex(Table table) {
        List<Table.Row> rows = table.rows();
        for (int i = 0; i < Math.min(ROWS_SEARCHED, rows.size()); i++) {
            Table.Row candidate = rows.get(i);
            long named = candidate.cells().stream().filter(c -> Column.named(c).isPresent()).count();
            if (!candidate.caption() && named >= ENOUGH_NAMES) {
                return i;
            }
        }
        return -1;
    }

    private static Found read(Table.Row header, String title) {
        Map<Column, Integer> indexes = new EnumMap<>(Column.class);
        List<ImportProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String text = Text.trim(header.cell(i));
            if (text.isEmpty()) {
                continue;
            }
            Optional<Column> column = Column.named(text);
            if (column.isEmpty()) {
                problems.add(new ImportProblem(header.number(), text, "无法识别的列，表头应为：" + expected()));
            } else if (indexes.putIfAbsent(column.get(), i) != null) {
                problems.add(new ImportProblem(header.number(), text, "此列出现了不止一次"));
            }
        }
        for (Column c : Column.values()) {
            if (c.required() && !indexes.containsKey(c)) {
                problems.add(new ImportProblem(header.number(), c.header(), "缺少此列"));
            }
        }
        return new Found(problems.isEmpty() ? new Header(header, indexes, title) : null, problems);
    }

    /**
     * The title above the header: of the rows there that hold one text (in one cell, or in a merged cell across
     * the table), the longest, since a title row often sits below a short "附件" or "附件1".
     */
    private static String title(List<Table.Row> above) {
        return above.stream()
                .map(r -> r.cells().stream().filter(c -> !Text.isBlank(c)).map(Text::trim).distinct().toList())
                .filter(texts -> texts.size() == 1)
                .map(texts -> texts.get(0))
                .max(Comparator.comparingInt(String::length))
                .orElse("");
    }

    private static String expected() {
        return Arrays.stream(Column.values()).map(Column::header).collect(Collectors.joining("、"));
    }

    /** The header row's number as the file shows it. */
    int rowNumber() {
        return row.number();
    }

    /** The index of {@code column}, or -1 when the table lacks this optional column. */
    int index(Column column) {
        return indexes.getOrDefault(column, -1);
    }

    /** What a problem calls the column at {@code index}: its header, or "第9列" when it has none. */
    String name(int index) {
        String text = Text.trim(row.cell(index));
        return text.isEmpty() ? "第" + (index + 1) + "列" : text;
    }

    /** The column's header as the table writes it ("完成时间" where that table says so), for problems. */
    String name(Column column) {
        return name(index(column));
    }

    /** Whether {@code index} is a column the header names. */
    boolean isNamed(int index) {
        return indexes.containsValue(index);
    }

    String title() {
        return title;
    }

    /** The header when found, else the problems (the header may be found and still have problems). */
    record Found(Header header, List<ImportProblem> problems) {
    }
}

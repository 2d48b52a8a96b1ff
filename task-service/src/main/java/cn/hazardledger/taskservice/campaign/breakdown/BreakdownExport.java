package cn.hazardledger.taskservice.campaign.breakdown;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a campaign's breakdown as an XLSX table laid out as the table of 三星府发〔2023〕76号, which {@link BreakdownImport} reads
 * back to the same breakdown: a title row, the Chinese headers (frozen, and repeated on every printed page),
 * one row per specific task, and merged cells where the original has them: a main action and a key task over
 * their rows (序号 numbers the key tasks, as the original does), and leaders, units and deadline over the
 * consecutive rows of a main action that share them.
 *
 * <p>Streaming (SXSSF): only a window of rows is in memory, so a large breakdown costs little; merged regions
 * are kept apart from the rows and written at the end, which is why they need no row to stay in memory.
 */
public final class BreakdownExport {

    /** The widest each column grows, in digit widths: long task texts wrap rather than widen the sheet. */
    private static final int[] MAX_WIDTH = {8, 30, 30, 70, 20, 24, 16, 24};
    private static final float LINE_POINTS = 15f;
    private static final int ROWS_IN_MEMORY = 200;

    private BreakdownExport() {
    }

    /**
     * Writes {@code breakdown} as an XLSX workbook to {@code out} (which stays open).
     *
     * @param title the title row's text, e.g. "三星乡重大事故隐患专项排查整治2023行动方案重点任务分解表"
     */
    public static void write(Breakdown breakdown, String title, OutputStream out) {
        List<Line> lines = lines(breakdown);
        int[] widths = widths(lines);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            Styles styles = new Styles(workbook);
            SXSSFSheet sheet = workbook.createSheet("任务分解表");
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            Column[] columns = Column.values();
            Row titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(32);
            for (int c = 0; c < columns.length; c++) {
                titleRow.createCell(c).setCellStyle(styles.title);
            }
            titleRow.getCell(0).setCellValue(title == null || title.isBlank() ? "任务分解表" : title.strip());
            sheet.addMergedRegionUnsafe(new CellRangeAddress(0, 0, 0, columns.length - 1));

            Row headerRow = sheet.createRow(1);
            headerRow.setHeightInPoints(24);
            for (int c = 0; c < columns.length; c++) {
                Cell cell = headerRow.createCell(c);
                cell.setCellStyle(styles.header);
                cell.setCellValue(columns[c].header());
            }
            sheet.createFreezePane(0, 2);
            sheet.setRepeatingRows(new CellRangeAddress(1, 1, -1, -1));

            for (int i = 0; i < lines.size(); i++) {
                writeLine(sheet.createRow(i + 2), lines, i, widths, styles);
            }
            merge(sheet, lines);
            printSetup(sheet);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One row of the table: the texts of its cells, and what the merging compares. */
    private record Line(int action, int keyTask, String[] cells, boolean[] starts) {
    }

    private static List<Line> lines(Breakdown breakdown) {
        List<Line> lines = new ArrayList<>();
        int keyOrdinal = 0;
        for (int a = 0; a < breakdown.actions().size(); a++) {
            MainAction action = breakdown.actions().get(a);
            for (KeyTask key : action.keyTasks()) {
                keyOrdinal++;
                for (SpecificTask task : key.specificTasks()) {
                    String[] cells = {
                            Integer.toString(keyOrdinal),
                            Numbering.action(action.number(), action.title()),
                            Numbering.keyTask(key.number(), key.title()),
                            Numbering.specificTask(task.number(), task.text()),
                            NameList.join(task.leaders()),
                            NameList.join(task.units()),
                            task.deadline().words(),
                            task.remarks()};
                    lines.add(new Line(a, keyOrdinal, cells, new boolean[cells.length]));
                }
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Line above = i == 0 ? null : lines.get(i - 1);
            for (Column c : Column.values()) {
                line.starts[c.ordinal()] = above == null || !sameCell(c, above, line);
            }
        }
        return lines;
    }

    /** Whether {@code line}'s cell in {@code c} continues the merged cell of the line above it. */
    private static boolean sameCell(Column c, Line above, Line line) {
        return switch (c) {
            case NUMBER, KEY_TASK -> above.keyTask == line.keyTask;
            case ACTION -> above.action == line.action;
            // shared by consecutive tasks of one main action, as the original merges them
            case LEADERS, UNITS, DEADLINE -> above.action == line.action && above.cells[c.ordinal()].equals(line.cells[c.ordinal()]);
            case SPECIFIC_TASK, REMARKS -> false;
        };
    }

    private static int[] widths(List<Line> lines) {
        Column[] columns = Column.values();
        int[] widths = new int[columns.length];
        for (Column c : columns) {
            widths[c.ordinal()] = DisplayWidth.of(c.header()) + 4;
        }
        for (Line line : lines) {
            for (int c = 0; c < columns.length; c++) {
                widths[c] = Math.max(widths[c], Math.min(MAX_WIDTH[c], DisplayWidth.of(line.cells[c]) + 2));
            }
        }
        return widths;
    }

    private static void writeLine(Row row, List<Line> lines, int index, int[] widths, Styles styles) {
        Line line = lines.get(index);
        int height = 1;
        for (Column c : Column.values()) {
            int i = c.ordinal();
            Cell cell = row.createCell(i);
            cell.setCellStyle(c == Column.NUMBER || c == Column.LEADERS || c == Column.UNITS || c == Column.DEADLINE
                    ? styles.centred : styles.body);
            if (line.starts[i]) {
                cell.setCellValue(line.cells[i]);
                // a merged cell spreads over its rows; a cell of one row sets the row's height
                if (index + 1 >= lines.size() || lines.get(index + 1).starts[i]) {
                    height = Math.max(height, DisplayWidth.lines(line.cells[i], widths[i] - 2));
                }
            }
        }
        // Excel does not fit a row's height to wrapped text it did not lay out itself
        row.setHeightInPoints(height * LINE_POINTS + 6);
    }

    private static void merge(SXSSFSheet sheet, List<Line> lines) {
        for (Column c : Column.values()) {
            int i = c.ordinal();
            int start = 0;
            for (int r = 1; r <= lines.size(); r++) {
                if (r == lines.size() || lines.get(r).starts[i]) {
                    if (r - start > 1) {
                        // the regions are disjoint by construction: POI's overlap check is quadratic in their number
                        sheet.addMergedRegionUnsafe(new CellRangeAddress(start + 2, r + 1, i, i));
                    }
                    start = r;
                }
            }
        }
    }

    private static void printSetup(SXSSFSheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    /** The cell styles of the table, made once per workbook (Excel limits a workbook to about 64,000 styles). */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle body;
        final CellStyle centred;

        Styles(SXSSFWorkbook workbook) {
            Font titleFont = font(workbook, "黑体", 16, true);
            Font headerFont = font(workbook, "黑体", 11, true);
            Font bodyFont = font(workbook, "宋体", 11, false);
            title = workbook.createCellStyle();
            title.setFont(titleFont);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            header = bordered(workbook, headerFont, HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            body = bordered(workbook, bodyFont, HorizontalAlignment.LEFT);
            centred = bordered(workbook, bodyFont, HorizontalAlignment.CENTER);
        }

        private static Font font(SXSSFWorkbook workbook, String name, int points, boolean bold) {
            Font font = workbook.createFont();
            font.setFontName(name);
            font.setFontHeightInPoints((short) points);
            font.setBold(bold);
            return font;
        }

        private static CellStyle bordered(SXSSFWorkbook workbook, Font font, HorizontalAlignment alignment) {
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            style.setAlignment(alignment);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            style.setWrapText(true);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}

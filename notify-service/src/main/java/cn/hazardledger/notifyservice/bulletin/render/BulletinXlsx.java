package cn.hazardledger.notifyservice.bulletin.render;

import cn.hazardledger.notifyservice.bulletin.BulletinFigures;
import cn.hazardledger.notifyservice.bulletin.source.Sourced;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A bulletin as a workbook, one sheet per part: 汇总, 分乡镇, 超期隐患, 挂牌督办, 任务进展. Counts and rates are numbers,
 * so that a desk can add them up; headers are Chinese and frozen; widths fit Chinese text. A bulletin's lists are
 * capped, so the whole workbook is small and made in memory.
 */
public final class BulletinXlsx {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final List<String> SHEETS = List.of("汇总", "分乡镇", "超期隐患", "挂牌督办", "任务进展");
    /** Excel's limit on a column's width, in 1/256 of a character. */
    private static final int MAX_WIDTH = 255 * 256;

    private BulletinXlsx() {
    }

    public static byte[] render(BulletinFigures f) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle head = book.createCellStyle();
            Font bold = book.createFont();
            bold.setBold(true);
            head.setFont(bold);

            Sheet summary = book.createSheet(SHEETS.get(0));
            Row title = summary.createRow(0);
            title.createCell(0).setCellValue(f.title());
            title.getCell(0).setCellStyle(head);
            summary.createRow(1).createCell(0).setCellValue("统计期间：" + f.from() + " 至 " + f.to() + "；数据截至："
                    + f.asOf());
            table(summary, 3, head, BulletinRows.SUMMARY_HEADERS, BulletinRows.summaryRows(f.statistics().total().figures()));
            summary.createRow(14).createCell(0).setCellValue(BulletinRows.NOTE);

            table(book.createSheet(SHEETS.get(1)), 0, head, BulletinRows.REGION_HEADERS, BulletinRows.regionRows(f));
            list(book.createSheet(SHEETS.get(2)), head, BulletinRows.OVERDUE_HEADERS, BulletinRows.overdueRows(f), f.overdue());
            list(book.createSheet(SHEETS.get(3)), head, BulletinRows.LISTED_HEADERS, BulletinRows.listedRows(f), f.listed());
            table(book.createSheet(SHEETS.get(4)), 0, head, BulletinRows.CAMPAIGN_HEADERS, BulletinRows.campaignRows(f));
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the bulletin's workbook could not be written", e);
        }
    }

    private static void list(Sheet sheet, CellStyle head, List<String> headers, List<List<Object>> rows,
                             Sourced.HazardList list) {
        int next = table(sheet, 0, head, headers, rows);
        if (list.leftOut() > 0) {
            sheet.createRow(next + 1).createCell(0).setCellValue("共" + list.total() + "项，此处列出前" + list.items().size()
                    + "项，另有" + list.leftOut() + "项未列出");
        }
    }

    /** Writes headers and rows from row {@code first}; answers the index of the row after the last. */
    private static int table(Sheet sheet, int first, CellStyle head, List<String> headers, List<List<Object>> rows) {
        int[] widths = new int[headers.size()];
        Row header = sheet.createRow(first);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(headers.get(c));
            cell.setCellStyle(head);
            widths[c] = TextWidth.of(headers.get(c));
        }
        int r = first + 1;
        for (List<Object> values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                Cell cell = row.createCell(c);
                if (value instanceof Number number) {
                    cell.setCellValue(number.doubleValue());
                } else {
                    cell.setCellValue(BulletinRows.cell(value));
                }
                widths[c] = Math.max(widths[c], TextWidth.of(BulletinRows.cell(value)));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, Math.min(MAX_WIDTH, (Math.min(widths[c], 60) + 2) * 256));
        }
        sheet.createFreezePane(0, first + 1);
        return r;
    }

    /** Columns wide enough for Chinese: a CJK character takes about two Latin ones. */
    static final class TextWidth {

        private TextWidth() {
        }

        static int of(String text) {
            return text.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    || cp >= 0xFF00 && cp <= 0xFFEF || cp >= 0x3000 && cp <= 0x303F ? 2 : 1).sum();
        }
    }
}

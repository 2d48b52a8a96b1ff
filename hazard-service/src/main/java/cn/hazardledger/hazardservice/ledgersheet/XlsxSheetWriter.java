package cn.hazardledger.hazardservice.ledgersheet;

import cn.hazardledger.hazardservice.hazard.Hazard;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The ledger as one XLSX sheet, 隐患台账, through POI's streaming workbook: only the last {@link #WINDOW} rows
 * are in memory, the others in a compressed temporary file that {@link #close} deletes. Strings are inline
 * (no shared-strings table, which would grow with the rows). Header bold and frozen, with a filter; dates are
 * date cells; each column as wide as its widest cell (Chinese counted double), up to {@link #MAX_WIDTH}.
 */
final class XlsxSheetWriter implements SheetWriter {

    static final String SHEET = "隐患台账";
    private static final int WINDOW = 100;
    private static final int MAX_WIDTH = 60;

    private final OutputStream out;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, true, false);
    private final SXSSFSheet sheet = workbook.createSheet(SHEET);
    private final CellStyle text;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle number;
    private final int[] widths = new int[SheetColumn.values().length];
    private int rows = 1;

    XlsxSheetWriter(OutputStream out) {
        this.out = out;
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle header = workbook.createCellStyle();
        header.setFont(bold);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        date = formatted("yyyy-mm-dd");
        dateTime = formatted("yyyy-mm-dd hh:mm");
        number = formatted("0.000000");
        Row row = sheet.createRow(0);
        for (SheetColumn c : SheetColumn.values()) {
            Cell cell = row.createCell(c.ordinal());
            cell.setCellValue(c.header());
            cell.setCellStyle(header);
            // the filter's drop-down arrow takes room beside the header
            widths[c.ordinal()] = TextWidth.of(c.header()) + 4;
        }
        sheet.createFreezePane(0, 1);
    }

    private CellStyle formatted(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    @Override
    public void row(Hazard hazard) {
        Row row = sheet.createRow(rows++);
        for (SheetColumn c : SheetColumn.values()) {
            Object value = c.valueOf(hazard);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c.ordinal());
            if (value instanceof LocalDateTime time) {
                cell.setCellValue(time);
                cell.setCellStyle(dateTime);
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else if (value instanceof BigDecimal decimal) {
                cell.setCellValue(decimal.doubleValue());
                cell.setCellStyle(number);
            } else {
                cell.setCellValue(value.toString());
                cell.setCellStyle(text);
            }
            widen(c, value);
        }
    }

    private void widen(SheetColumn c, Object value) {
        int width = switch (c.kind()) {
            case DATE -> 10;
            case DATE_TIME -> 16;
            default -> TextWidth.of(CellText.of(value));
        };
        widths[c.ordinal()] = Math.max(widths[c.ordinal()], Math.min(MAX_WIDTH, width + 2));
    }

    @Override
    public void finish() throws IOException {
        // the column widths are in the sheet's head, which SXSSF writes last: every row has been measured by now
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.setAutoFilter(new CellRangeAddress(0, rows - 1, 0, widths.length - 1));
        workbook.write(out);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
        workbook.dispose();
    }
}

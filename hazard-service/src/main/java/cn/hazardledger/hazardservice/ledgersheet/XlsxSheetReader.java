package cn.hazardledger.hazardservice.ledgersheet;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.File;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * The first sheet of an XLSX ledger as a {@link SheetTable}, read with POI's SAX reader, never as a whole
 * workbook in memory (a 10 MiB file would take a gigabyte as one). A date cell becomes the text
 * {@link CellText} reads, whatever format the office's Excel shows it in; any other number its plain decimal
 * value, so that a display format of two decimals does not cut a latitude short.
 */
final class XlsxSheetReader {

    private XlsxSheetReader() {
    }

    static SheetTable read(File file) {
        try (OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return new SheetTable(List.of());
            }
            Rows rows = new Rows();
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(pkg), rows, new PlainValues(), false));
                parser.parse(new InputSource(sheet));
            }
            return new SheetTable(rows.rows);
        } catch (Exception e) {
            // a damaged package, a Word document, strict OOXML: POI has many exceptions, the clerk needs one answer
            throw new UnreadableSheet("无法读取 XLSX 文件：文件已损坏，或不是 Excel 工作簿", false);
        }
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<SheetTable.Row> rows = new ArrayList<>();
        private List<String> cells;
        private int next;

        @Override
        public void startRow(int rowNum) {
            cells = new ArrayList<>();
            next = 0;
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().anyMatch(c -> c != null && !c.isBlank())) {
                rows.add(new SheetTable.Row(rowNum + 1, cells));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            // some writers leave the reference out: such a cell follows the one before
            int column = reference == null ? next : new CellReference(reference).getCol();
            next = column + 1;
            while (cells.size() <= column) {
                cells.add("");
            }
            cells.set(column, value == null ? "" : value);
        }
    }

    /** Dates as ISO text (a day alone when it has no time), other numbers as their plain value. */
    private static final class PlainValues extends DataFormatter {

        PlainValues() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            // 27–36 and 50–58 are the built-in East Asian date formats, which POI knows only as "reserved"
            boolean eastAsianDate = formatIndex >= 27 && formatIndex <= 36 || formatIndex >= 50 && formatIndex <= 58;
            if ((eastAsianDate || DateUtil.isADateFormat(formatIndex, formatString)) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime at = DateUtil.getLocalDateTime(value, use1904Windowing, true);
                return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : CellText.DATE_TIME.format(at);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}

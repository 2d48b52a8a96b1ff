package cn.hazardledger.taskservice.campaign.breakdown;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An XLSX workbook as a {@link Table}, read with POI's streaming (SAX) reader rather than as a whole workbook
 * in memory: the sheet's XML is read once, cells as their formatted text (dates in Chinese words, see
 * {@link CellFormatter}), and the merged regions (the sheet's {@code mergeCells}, after its data) are then
 * honoured by giving each cell of a region the region's value, as the table's reader expects of a merged cell.
 *
 * <p>The sheet read is the first one with a breakdown header: offices sometimes put an explanation (说明)
 * sheet first. When none has one, the first sheet is read and its missing header reported.
 */
final class XlsxTable {

    /** A region at least this wide, holding all of its row's text, is a title or a note across the table. */
    static final int CAPTION_WIDTH = 3;

    private XlsxTable() {
    }

    /**
     * The table in {@code content}, a workbook already known to be OOXML (a ZIP package).
     *
     * @throws UnreadableFile when it is not a workbook POI can read
     */
    static Table read(byte[] content) {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(content));
            XSSFReader reader = new XSSFReader(pkg);
            SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = reader.getSheetIterator();
            Table first = null;
            while (sheets.hasNext()) {
                Table table;
                try (InputStream sheet = sheets.next()) {
                    table = readSheet(sheet, styles, strings);
                }
                if (Header.present(table)) {
                    return table;
                }
                if (first == null) {
                    first = table;
                }
            }
            return first != null ? first : new Table(List.of());
        } catch (UnreadableFile e) {
            throw e;
        } catch (Exception e) {
            // POI answers a damaged package, a Word document or a strict-OOXML file with as many exception
            // types; the clerk needs to know only that this is no workbook we can read
            throw new UnreadableFile("无法读取 XLSX 文件：文件已损坏，或不是 Excel 工作簿");
        } finally {
            if (pkg != null) {
                pkg.revert(); // read only: closing would try to save the package
            }
        }
    }

    private static Table readSheet(InputStream sheet, StylesTable styles, SharedStrings strings) throws Exception {
        Cells cells = new Cells();
        XSSFSheetXMLHandler handler = new XSSFSheetXMLHandler(styles, strings, cells, new CellFormatter(), false);
        MergeCells merges = new MergeCells(handler);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(merges);
        parser.parse(new InputSource(sheet));
        return cells.table(merges.regions);
    }

    /** Collects each row's cells as text, by column. */
    private static final class Cells implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final TreeMap<Integer, String[]> rows = new TreeMap<>();
        private String[] row;
        private int nextColumn;
        private int width;

        @Override
        public void startRow(int rowNum) {
            row = new String[16];
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            if (Arrays.stream(row).anyMatch(c -> c != null && !c.isEmpty())) {
                rows.put(rowNum, row);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            // a cell without a reference (some writers leave it out) is the one after the previous cell
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            nextColumn = column + 1;
            if (value == null || value.isEmpty()) {
                return;
            }
            if (column >= row.length) {
                row = Arrays.copyOf(row, Math.max(column + 1, row.length * 2));
            }
            row[column] = value;
            width = Math.max(width, column + 1);
        }

        Table table(List<CellRangeAddress> regions) {
            if (rows.isEmpty()) {
                return new Table(List.of());
            }
            int lastRow = rows.lastKey();
            Map<Integer, boolean[]> mergedAbove = new TreeMap<>();
            Map<Integer, CellRangeAddress> captions = new TreeMap<>();
            for (CellRangeAddress region : regions) {
                // clip to where the sheet has text: a region may span whole columns (A1:A1048576)
                int bottom = Math.min(region.getLastRow(), lastRow);
                int right = Math.min(region.getLastColumn(), width - 1);
                String value = value(region.getFirstRow(), region.getFirstColumn());
                for (int r = region.getFirstRow(); r <= bottom; r++) {
                    String[] cells = rows.computeIfAbsent(r, k -> new String[0]);
                    if (cells.length <= right) {
                        cells = Arrays.copyOf(cells, right + 1);
                        rows.put(r, cells);
                    }
                    for (int c = region.getFirstColumn(); c <= right; c++) {
                        cells[c] = value;
                        if (r > region.getFirstRow()) {
                            mergedAbove.computeIfAbsent(r, k -> new boolean[width])[c] = true;
                        }
                    }
                    if (region.getLastColumn() - region.getFirstColumn() + 1 >= CAPTION_WIDTH) {
                        captions.put(r, region);
                    }
                }
            }
            List<Table.Row> table = new ArrayList<>(rows.size());
            for (Map.Entry<Integer, String[]> e : rows.entrySet()) {
                int r = e.getKey();
                List<String> text = new ArrayList<>(width);
                List<Boolean> above = new ArrayList<>(width);
                boolean[] merged = mergedAbove.get(r);
                for (int c = 0; c < width; c++) {
                    text.add(c < e.getValue().length && e.getValue()[c] != null ? e.getValue()[c] : "");
                    above.add(merged != null && merged[c]);
                }
                Table.Row row = new Table.Row(r + 1, text, above, isCaption(text, captions.get(r)));
                if (!row.isBlank()) {
                    table.add(row);
                }
            }
            return new Table(table);
        }

        private String value(int r, int c) {
            String[] cells = rows.get(r);
            return cells != null && c < cells.length && cells[c] != null ? cells[c] : "";
        }

        private static boolean isCaption(List<String> text, CellRangeAddress region) {
            if (region == null) {
                return false;
            }
            for (int c = 0; c < text.size(); c++) {
                if (!Text.isBlank(text.get(c)) && !region.containsColumn(c)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Passes the sheet's XML on to POI's handler and keeps the merged regions, which that handler ignores. */
    private static final class MergeCells extends DefaultHandler {
        private final ContentHandler cells;
        final List<CellRangeAddress> regions = new ArrayList<>();

        MergeCells(ContentHandler cells) {
            this.cells = cells;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if ("mergeCell".equals(localName)) {
                String ref = attributes.getValue("ref");
                if (ref != null && ref.contains(":")) {
                    regions.add(CellRangeAddress.valueOf(ref));
                }
                return;
            }
            cells.startElement(uri, localName, qName, attributes);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            if (!"mergeCell".equals(localName)) {
                cells.endElement(uri, localName, qName);
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            cells.characters(ch, start, length);
        }
    }
}

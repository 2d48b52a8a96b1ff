package cn.hazardledger.taskservice.campaign.breakdown;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Real XLSX workbooks built in the tests, as an office's Excel would save them. */
final class Workbooks {

    static final String[] HEADER = {"序号", "主要行动", "重点任务", "具体任务", "牵头领导", "责任科室", "完成时限", "备注"};

    private Workbooks() {
    }

    static byte[] xlsx(Consumer<XSSFWorkbook> build) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            build.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code rows} from row index {@code first} (0-based) on; an empty string leaves the cell out. */
    static void write(Sheet sheet, int first, List<String[]> rows) {
        for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(first + r);
            String[] cells = rows.get(r);
            for (int c = 0; c < cells.length; c++) {
                if (!cells[c].isEmpty()) {
                    row.createCell(c).setCellValue(cells[c]);
                }
            }
        }
    }

    /** The fixture's rows below its header, cell by cell (it has no quoted cells). */
    static List<String[]> sanxingRows() {
        String csv = new String(Fixtures.resource(Fixtures.SANXING), StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (String line : csv.split("\n")) {
            rows.add(line.split(",", -1));
        }
        return rows.subList(1, rows.size());
    }

    /**
     * Writes the fixture's rows from row {@code first} on as the original has them: each blank cell of 序号 to 完成时限
     * merged with the cell above it, the merged cells holding no value of their own.
     */
    static void writeMerged(Sheet sheet, int first, List<String[]> rows) {
        write(sheet, first, rows);
        for (int c = 0; c <= 6; c++) {
            int start = 0;
            for (int r = 1; r <= rows.size(); r++) {
                if (r == rows.size() || !rows.get(r)[c].isEmpty()) {
                    if (r - start > 1) {
                        sheet.addMergedRegion(new CellRangeAddress(first + start, first + r - 1, c, c));
                    }
                    start = r;
                }
            }
        }
    }

    /** A row of the table's eight columns (more when given), "" for the cells not given. */
    static String[] row(String... cells) {
        String[] row = new String[Math.max(cells.length, HEADER.length)];
        Arrays.fill(row, "");
        System.arraycopy(cells, 0, row, 0, cells.length);
        return row;
    }
}

package cn.hazardledger.launcher.ledgerbench;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class ExportBenchTest {

    @Test
    void countsTheRowsOfEverySheetLessTheirHeaders() throws Exception {
        byte[] xlsx = workbook("<sheetData><row r=\"1\"><c/></row><row r=\"2\"/><row r=\"3\"/></sheetData>",
                "<sheetData><row r=\"1\"/><row r=\"2\"/></sheetData>");
        assertThat(ExportBench.sheetRows(xlsx)).isEqualTo(3);
    }

    @Test
    void somethingThatIsNoWorkbookHasNoRows() throws Exception {
        assertThat(ExportBench.sheetRows("{\"status\":500}".getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
    }

    private static byte[] workbook(String... sheets) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            zip.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < sheets.length; i++) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + (i + 1) + ".xml"));
                zip.write(sheets[i].getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toByteArray();
    }
}

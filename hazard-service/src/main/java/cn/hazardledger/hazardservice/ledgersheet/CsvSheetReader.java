package cn.hazardledger.hazardservice.ledgersheet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV ledger as a {@link SheetTable}. Text is UTF-8 (with or without the BOM the export writes) or else
 * GB18030, the superset of the GBK that Excel on a Chinese Windows saves "CSV (逗号分隔)" in: GBK text is
 * practically never valid UTF-8, so a strict UTF-8 decode decides; bytes neither decodes strictly are refused,
 * never replaced by question marks in the ledger.
 */
final class CsvSheetReader {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvSheetReader() {
    }

    static SheetTable read(byte[] content) {
        List<SheetTable.Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text(content)), CSVFormat.DEFAULT)) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    rows.add(new SheetTable.Row((int) record.getRecordNumber(), cells));
                }
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            // commons-csv's answer to an unclosed quote, which swallows the rest of the file into one cell
            throw new UnreadableSheet("CSV 格式有误：有未闭合的引号（" + e.getMessage() + "）", false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SheetTable(rows);
    }

    static String text(byte[] content) {
        if (content.length >= 2 && (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE
                || content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)) {
            throw new UnreadableSheet("文件是 UTF-16 文本（Excel 的“Unicode 文本”）：请另存为 XLSX 或“CSV UTF-8（逗号分隔）”", false);
        }
        boolean bom = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
                && content[2] == (byte) 0xBF;
        int start = bom ? 3 : 0;
        String text = decode(content, start, StandardCharsets.UTF_8);
        if (text == null && !bom) {
            text = decode(content, start, GB18030);
        }
        if (text == null) {
            throw new UnreadableSheet(bom ? "文件以 UTF-8 标记开头，内容却不是有效的 UTF-8 文本"
                    : "无法识别文件的文字编码：既不是 UTF-8，也不是 GBK/GB18030", false);
        }
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableSheet("文件不是 CSV 或 XLSX 文件", true);
        }
        return text;
    }

    private static String decode(byte[] content, int start, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}

package cn.hazardledger.taskservice.campaign.breakdown;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A CSV file as a {@link Table}: RFC 4180 (comma-separated, fields in double quotes may hold commas, quotes
 * written twice and line breaks, as Excel writes a cell of several lines). A row's number is its record's, as
 * Excel shows the file, whatever line breaks its quoted cells hold.
 *
 * <p>Encoding: UTF-8, with or without a byte-order mark; otherwise GB18030 (a superset of GBK), because
 * Excel on Chinese Windows saves "CSV (逗号分隔)" in the system code page, GBK, and a township clerk cannot be
 * expected to know what an encoding is. The two are told apart reliably: Chinese text in GBK is practically
 * never valid UTF-8 (its lead bytes 0x81–0xFE would need UTF-8's continuation bytes to follow in a strict
 * pattern), so strict UTF-8 decoding is tried first and GB18030 only when it fails; bytes that neither decodes
 * strictly are refused, never replaced.
 */
final class CsvTable {

    static final Charset GB18030 = Charset.forName("GB18030");

    private CsvTable() {
    }

    /**
     * The table in {@code content}.
     *
     * @throws UnreadableFile when the file is not CSV text, with the reason in Chinese
     */
    static Table read(byte[] content) {
        return parse(decode(content));
    }

    static String decode(byte[] content) {
        boolean bom = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF;
        if (content.length >= 2 && ((content[0] & 0xFF) == 0xFF && (content[1] & 0xFF) == 0xFE
                || (content[0] & 0xFF) == 0xFE && (content[1] & 0xFF) == 0xFF)) {
            throw new UnreadableFile("文件是 UTF-16 编码的文本（Excel 的“Unicode 文本”），请另存为 XLSX 或“CSV UTF-8（逗号分隔）”");
        }
        String text;
        if (bom) {
            text = strictly(content, 3, StandardCharsets.UTF_8);
            if (text == null) {
                throw new UnreadableFile("文件以 UTF-8 标记开头，内容却不是有效的 UTF-8 文本");
            }
        } else {
            text = strictly(content, 0, StandardCharsets.UTF_8);
            if (text == null) {
                text = strictly(content, 0, GB18030);
            }
            if (text == null) {
                throw new UnreadableFile("无法识别文件的文字编码：既不是 UTF-8，也不是 GBK/GB18030");
            }
        }
        // NUL does not occur in text but in nearly every binary file (a stray control character in a cell is
        // the cell's problem, reported with its row)
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableFile("文件不是 CSV 或 XLSX 文件");
        }
        return text;
    }

    private static String strictly(byte[] content, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static Table parse(String text) {
        List<Table.Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        int record = 1;
        int i = 0;
        int n = text.length();
        boolean quoted = false;
        boolean recordHasContent = false;
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    cell.append(c);
                }
                i++;
                continue;
            }
            switch (c) {
                case '"' -> {
                    // a quote opens a quoted field only at its start; inside a field it is text, as Excel reads it
                    if (cell.length() == 0) {
                        quoted = true;
                    } else {
                        cell.append(c);
                    }
                    recordHasContent = true;
                }
                case ',' -> {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    recordHasContent = true;
                }
                case '\r', '\n' -> {
                    if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    cells.add(cell.toString());
                    cell.setLength(0);
                    addRow(rows, record, cells);
                    cells = new ArrayList<>();
                    record++;
                    recordHasContent = false;
                }
                default -> {
                    cell.append(c);
                    recordHasContent = true;
                }
            }
            i++;
        }
        if (quoted) {
            throw new UnreadableFile(new ImportProblem(record, "", "引号未闭合，此后的内容都在这个单元格里"));
        }
        if (recordHasContent) {
            cells.add(cell.toString());
            addRow(rows, record, cells);
        }
        return new Table(rows);
    }

    private static void addRow(List<Table.Row> rows, int number, List<String> cells) {
        Table.Row row = new Table.Row(number, List.copyOf(cells), Collections.nCopies(cells.size(), false), false);
        if (!row.isBlank()) {
            rows.add(row);
        }
    }
}

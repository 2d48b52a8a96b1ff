package cn.hazardledger.launcher.ledgerbench;

import java.nio.charset.StandardCharsets;

/**
 * Rows in PostgreSQL's COPY text format (tab-separated, \N for null), built in memory for one table and one
 * batch. The bench's text never holds tabs or line breaks, but escaping costs little and keeps a future word
 * list from silently shifting columns.
 */
final class CopyRows {

    private final StringBuilder text = new StringBuilder(1 << 20);
    private boolean rowStarted;
    private int rows;

    CopyRows add(Object value) {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
        if (value == null) {
            text.append("\\N");
            return this;
        }
        String s = value.toString();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        return this;
    }

    CopyRows end() {
        text.append('\n');
        rowStarted = false;
        rows++;
        return this;
    }

    int rows() {
        return rows;
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}

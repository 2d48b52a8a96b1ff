package cn.hazardledger.taskservice.campaign.breakdown;

/**
 * How wide text shows in a spreadsheet, in the units of Excel's column width (the width of a digit): a Chinese
 * character or full-width sign takes two, as it does in 宋体. Column widths and row heights of an export come
 * from it, since POI's own auto-sizing needs fonts installed on the server and measures CJK text poorly.
 */
final class DisplayWidth {

    private DisplayWidth() {
    }

    /** The width of the widest line of {@code text}. */
    static int of(String text) {
        int widest = 0;
        int line = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                widest = Math.max(widest, line);
                line = 0;
            } else {
                line += isWide(c) ? 2 : 1;
            }
        }
        return Math.max(widest, line);
    }

    /** How many lines {@code text} wraps to in a column {@code width} wide. */
    static int lines(String text, int width) {
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (of(line) + width - 1) / width);
        }
        return lines;
    }

    private static boolean isWide(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && c < '\uFF61'
                || b == Character.UnicodeBlock.GENERAL_PUNCTUATION && (c == '“' || c == '”' || c == '‘' || c == '’' || c == '…')
                || Character.isSurrogate(c) && Character.isHighSurrogate(c);
    }
}

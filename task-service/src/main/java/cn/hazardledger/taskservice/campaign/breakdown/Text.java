package cn.hazardledger.taskservice.campaign.breakdown;

/** What every cell's text needs before it is read: trimming that knows the full-width space. */
final class Text {

    private Text() {
    }

    /** {@code s} without leading and trailing white space, full-width (U+3000) and no-break spaces included. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    static boolean isBlank(String s) {
        return s == null || trim(s).isEmpty();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /**
     * The first control character in {@code s} other than tab and line breaks (which cells hold legitimately),
     * or -1. Such characters come from broken conversions and are invisible in a table, so they are refused
     * rather than kept.
     */
    static int controlCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return i;
            }
        }
        return -1;
    }
}

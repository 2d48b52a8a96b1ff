package cn.hazardledger.hazardservice.ledgersheet;

/**
 * How wide text shows in Excel, in its column-width unit (one digit): a Chinese character or a full-width sign
 * is two. POI's auto-size would need the fonts on the server, measures CJK badly and, in a streaming workbook,
 * sees only the rows still in memory; the export measures every cell with this instead.
 */
final class TextWidth {

    private TextWidth() {
    }

    static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width;
    }

    private static boolean isWide(int cp) {
        return cp >= 0x2E80 && cp <= 0xA4CF        // CJK radicals, punctuation, kana, ideographs, Yi
                || cp >= 0xAC00 && cp <= 0xD7A3    // Hangul
                || cp >= 0xF900 && cp <= 0xFAFF    // CJK compatibility ideographs
                || cp >= 0xFE30 && cp <= 0xFE4F    // CJK compatibility forms
                || cp >= 0xFF01 && cp <= 0xFF60    // full-width forms
                || cp >= 0xFFE0 && cp <= 0xFFE6
                || cp >= 0x20000 && cp <= 0x3FFFD  // ideographs beyond the basic plane
                || cp == 0x2014 || cp == 0x2026 || cp >= 0x2018 && cp <= 0x201D; // —…‘’“” in Chinese fonts
    }
}

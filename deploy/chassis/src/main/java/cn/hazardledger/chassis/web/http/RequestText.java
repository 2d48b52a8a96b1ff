package cn.hazardledger.chassis.web.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks the percent-encoded text of a request target before anything decodes it. A lenient decoder turns
 * an overlong sequence such as %C0%AE into '.', so that %C0%AE%C0%AE%C0%AF slips past checks as "../"; the
 * strict decoder here refuses it, as it refuses malformed escapes, invalid UTF-8 and control characters.
 */
public final class RequestText {

    private RequestText() {
    }

    /** Why {@code raw} (a path or a query string, still percent-encoded) is not clean text; null when it is. */
    public static String problemWith(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || hex(raw.charAt(i + 1)) < 0 || hex(raw.charAt(i + 2)) < 0) {
                    return "has a % that is not followed by two hexadecimal digits";
                }
                bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                i += 2;
            } else if (c > 0x7e || c < 0x20) {
                return "has a character that must be percent-encoded";
            } else {
                bytes.write(c);
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return "is not valid UTF-8 once percent-decoded";
        }
        return text.chars().anyMatch(RequestText::isControl) ? "holds a control character" : null;
    }

    /** True for C0 controls other than tab, line feed and carriage return, and for DEL. */
    public static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f;
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}

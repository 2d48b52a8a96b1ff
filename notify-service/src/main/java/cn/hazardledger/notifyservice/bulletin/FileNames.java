package cn.hazardledger.notifyservice.bulletin;

import java.nio.charset.StandardCharsets;

/**
 * Content-Disposition with the bulletin's Chinese title as its file name (RFC 6266 with RFC 5987's {@code filename*}),
 * and an ASCII {@code filename} for clients that read only that.
 */
final class FileNames {

    private FileNames() {
    }

    static String disposition(String type, Bulletin b, String extension) {
        return type + "; filename=\"bulletin-" + b.id + "." + extension + "\"; filename*=UTF-8''"
                + encode(b.title + "." + extension);
    }

    /** RFC 5987 value-chars: attr-char as it is, every other byte of the UTF-8 percent-encoded. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append(String.format("%%%02X", c));
            }
        }
        return out.toString();
    }
}

package cn.hazardledger.hazardservice.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A file's name as the client sent it, kept only as a label: whatever path it carried is dropped, and so are
 * control characters, so that it can name the file again in Content-Disposition and nowhere else.
 */
public final class FileNames {

    static final int MAX_LENGTH = 255;
    /** RFC 8187 attr-char: what a filename* value may hold without percent-encoding. */
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private FileNames() {
    }

    /** The last segment of a path, without control characters, at most 255 characters; null when nothing is left. */
    public static String clean(String sent) {
        if (sent == null) {
            return null;
        }
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && c != '\uFFFD' && Character.isDefined(c)
                && !Character.isSurrogate((char) c)).limit(MAX_LENGTH).forEach(kept::appendCodePoint);
        String cleaned = kept.toString().strip();
        return cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..") ? null : cleaned;
    }

    /** {@code inline; filename*=UTF-8''...} (RFC 6266, RFC 8187): the sent name, or one made from the id. */
    static String contentDisposition(String fileName, UUID id, String mediaType) {
        String name = fileName != null ? fileName : "evidence-" + id + extension(mediaType);
        return "inline; filename*=UTF-8''" + encode(name);
    }

    private static String extension(String mediaType) {
        return switch (mediaType) {
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "application/pdf" -> ".pdf";
            default -> "";
        };
    }

    /** {@code name} as an RFC 8187 value (UTF-8, percent-encoded but for attr-char), for {@code filename*=UTF-8''}. */
    public static String encode(String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                out.write(c);
            } else {
                out.writeBytes(String.format("%%%02X", c).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return out.toString(StandardCharsets.US_ASCII);
    }
}

package cn.hazardledger.hazardservice.evidence;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Whether a file ends the way its detected container must, so that an upload cut short on a bad network is
 * refused rather than kept as a broken photo: a JPEG with its end-of-image marker (FF D9) last, a PNG with its
 * IEND chunk last, a PDF with %%EOF within its last 1 KiB. A look at the last bytes, not a parser.
 */
final class ContainerEnds {

    static final int TAIL = 1024;
    private static final byte[] JPEG_END_OF_IMAGE = {(byte) 0xFF, (byte) 0xD9};
    /** length 0, type IEND, and the CRC every IEND chunk has. */
    private static final byte[] PNG_IEND = {0, 0, 0, 0, 'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private ContainerEnds() {
    }

    /** Null when the file ends as it should, else what it lacks, said to the client. */
    static String problemWith(String mediaType, Path file) throws IOException {
        byte[] tail = tail(file);
        return switch (mediaType) {
            case "image/jpeg" -> endsWith(tail, JPEG_END_OF_IMAGE) ? null
                    : "is cut short: a JPEG ends with its end-of-image marker FF D9";
            case "image/png" -> endsWith(tail, PNG_IEND) ? null : "is cut short: a PNG ends with its IEND chunk";
            case "application/pdf" -> contains(tail, PDF_END) ? null
                    : "is cut short: a PDF has %%EOF within its last 1 KiB";
            default -> "is of a type that is not kept";
        };
    }

    private static byte[] tail(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long length = in.length();
            byte[] tail = new byte[(int) Math.min(TAIL, length)];
            in.seek(length - tail.length);
            in.readFully(tail);
            return tail;
        }
    }

    private static boolean endsWith(byte[] tail, byte[] end) {
        return tail.length >= end.length
                && Arrays.equals(tail, tail.length - end.length, tail.length, end, 0, end.length);
    }

    private static boolean contains(byte[] tail, byte[] part) {
        for (int i = 0; i + part.length <= tail.length; i++) {
            if (Arrays.equals(tail, i, i + part.length, part, 0, part.length)) {
                return true;
            }
        }
        return false;
    }
}

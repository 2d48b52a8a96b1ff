package cn.hazardledger.hazardservice.evidence;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Small real files for the tests, made here rather than shipped: a JPEG (with a hand-built EXIF APP1 segment
 * holding DateTimeOriginal and a GPS position when asked), a PNG and a one-page PDF.
 */
public final class EvidenceFiles {

    private EvidenceFiles() {
    }

    public static byte[] jpeg() {
        return image("jpg");
    }

    static byte[] png() {
        return image("png");
    }

    /** A JPEG whose EXIF says it was taken at {@code dateTime} ("yyyy:MM:dd HH:mm:ss"), at that offset if not null, there. */
    public static byte[] jpegWithExif(String dateTime, String offset, double latitude, double longitude) {
        byte[] plain = jpeg();
        byte[] app1 = exifSegment(dateTime, offset, latitude, longitude);
        // right after the start-of-image marker FF D8, where EXIF belongs
        byte[] out = new byte[plain.length + app1.length];
        System.arraycopy(plain, 0, out, 0, 2);
        System.arraycopy(app1, 0, out, 2, app1.length);
        System.arraycopy(plain, 2, out, 2 + app1.length, plain.length - 2);
        return out;
    }

    public static byte[] pdf() {
        String pdf = "%PDF-1.4\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
                + "trailer << /Root 1 0 R >>\n"
                + "%%EOF\n";
        return pdf.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] cutShort(byte[] file, int missing) {
        return Arrays.copyOf(file, file.length - missing);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 32, 24);
        g.setColor(Color.RED);
        g.fillOval(8, 4, 16, 16);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    // ---- EXIF (TIFF, big-endian): IFD0 -> Exif IFD (DateTimeOriginal, OffsetTimeOriginal) and GPS IFD ----------

    private static final short ASCII = 2;
    private static final short LONG = 4;
    private static final short RATIONAL = 5;

    private static byte[] exifSegment(String dateTime, String offset, double latitude, double longitude) {
        byte[] date = ascii(dateTime);
        byte[] zone = offset == null ? null : ascii(offset);
        int exifEntries = zone == null ? 1 : 2;
        int ifd0 = 8;
        int exifIfd = ifd0 + ifdSize(2);
        int gpsIfd = exifIfd + ifdSize(exifEntries);
        int data = gpsIfd + ifdSize(4);
        int dateAt = data;
        int zoneAt = dateAt + even(date.length);
        int latAt = zoneAt + (zone == null ? 0 : even(zone.length));
        int lonAt = latAt + 24;
        int tiffLength = lonAt + 24;

        ByteBuffer tiff = ByteBuffer.allocate(tiffLength);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(ifd0);
        tiff.position(ifd0);
        tiff.putShort((short) 2);
        entry(tiff, 0x8769, LONG, 1, exifIfd);
        entry(tiff, 0x8825, LONG, 1, gpsIfd);
        tiff.putInt(0);
        tiff.position(exifIfd);
        tiff.putShort((short) exifEntries);
        entry(tiff, 0x9003, ASCII, date.length, dateAt);
        if (zone != null) {
            entry(tiff, 0x9011, ASCII, zone.length, zoneAt);
        }
        tiff.putInt(0);
        tiff.position(gpsIfd);
        tiff.putShort((short) 4);
        entry(tiff, 0x0001, ASCII, 2, (latitude < 0 ? 'S' : 'N') << 24);
        entry(tiff, 0x0002, RATIONAL, 3, latAt);
        entry(tiff, 0x0003, ASCII, 2, (longitude < 0 ? 'W' : 'E') << 24);
        entry(tiff, 0x0004, RATIONAL, 3, lonAt);
        tiff.putInt(0);
        tiff.position(dateAt);
        tiff.put(date);
        if (zone != null) {
            tiff.position(zoneAt);
            tiff.put(zone);
        }
        tiff.position(latAt);
        degrees(tiff, Math.abs(latitude));
        degrees(tiff, Math.abs(longitude));

        byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
        int length = 2 + header.length + tiffLength;
        ByteBuffer segment = ByteBuffer.allocate(2 + length);
        segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put(header).put(tiff.array());
        return segment.array();
    }

    private static int ifdSize(int entries) {
        return 2 + 12 * entries + 4;
    }

    private static int even(int n) {
        return n + (n & 1);
    }

    private static byte[] ascii(String text) {
        return (text + "\0").getBytes(StandardCharsets.US_ASCII);
    }

    private static void entry(ByteBuffer b, int tag, short type, int count, int valueOrOffset) {
        b.putShort((short) tag).putShort(type).putInt(count).putInt(valueOrOffset);
    }

    /** Degrees, minutes and seconds as three rationals, the seconds to 1/10000. */
    private static void degrees(ByteBuffer b, double value) {
        int deg = (int) Math.floor(value);
        double minutesAll = (value - deg) * 60;
        int min = (int) Math.floor(minutesAll);
        long sec = Math.round((minutesAll - min) * 60 * 10_000);
        b.putInt(deg).putInt(1).putInt(min).putInt(1).putInt((int) sec).putInt(10_000);
    }
}

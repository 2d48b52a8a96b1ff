package cn.hazardledger.launcher.faults;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The photo of a fix that the walk uploads: a real JPEG made by the JDK's encoder (the service detects the type from
 * the bytes and refuses a JPEG that does not end with its end-of-image marker), small so that uploads are cheap.
 */
final class Photo {

    static final byte[] JPEG = jpeg();

    private Photo() {
    }

    private static byte[] jpeg() {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x8a, 0x9b, 0xa8));
        g.fillRect(0, 0, 32, 24);
        g.setColor(new Color(0xd0, 0x40, 0x30));
        g.fillOval(8, 4, 16, 16);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "jpg", out)) {
                throw new IllegalStateException("this JDK has no JPEG encoder");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

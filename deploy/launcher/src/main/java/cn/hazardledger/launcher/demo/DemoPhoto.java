package cn.hazardledger.launcher.demo;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

/**
 * The photos the demo uploads as evidence: small real JPEGs (hazard-service detects the type from the bytes and
 * refuses a file that does not end as a JPEG does), drawn here rather than shipped. A seed (the hazard's key and
 * the upload's name) gives each its own picture, and the same picture on every run: a rerun's upload must be the
 * same bytes for its Idempotency-Key to answer the first upload again.
 */
public final class DemoPhoto {

    static final int WIDTH = 320;
    static final int HEIGHT = 240;

    static {
        // the launcher draws off-screen; it never needs (and on a server has no) display
        System.setProperty("java.awt.headless", "true");
    }

    private DemoPhoto() {
    }

    public static byte[] jpeg(String seed) {
        Random random = new Random(seed.hashCode());
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            // sky, ground, a building with windows and a door, a sign: a scene, not noise, so it compresses as a photo
            g.setPaint(new GradientPaint(0, 0, new Color(120 + random.nextInt(60), 170 + random.nextInt(50), 230),
                    0, HEIGHT / 2f, new Color(225, 235, 245)));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setPaint(new GradientPaint(0, HEIGHT * 0.65f, new Color(110, 120 + random.nextInt(40), 90),
                    0, HEIGHT, new Color(70, 80, 60)));
            g.fillRect(0, (int) (HEIGHT * 0.65), WIDTH, HEIGHT);
            int x = 30 + random.nextInt(120);
            int w = 110 + random.nextInt(60);
            int h = 90 + random.nextInt(40);
            int top = (int) (HEIGHT * 0.7) - h;
            g.setColor(new Color(150 + random.nextInt(80), 140 + random.nextInt(60), 120 + random.nextInt(50)));
            g.fillRect(x, top, w, h);
            g.setColor(new Color(90, 60, 50));
            g.fillPolygon(new int[]{x - 8, x + w / 2, x + w + 8}, new int[]{top, top - 30, top}, 3);
            g.setColor(new Color(60, 90, 120));
            for (int i = 0; i < 3; i++) {
                g.fillRect(x + 12 + i * (w - 30) / 3, top + 15, 16, 18);
            }
            g.setColor(new Color(70, 50, 40));
            g.fillRect(x + w / 2 - 10, top + h - 35, 20, 35);
            g.setColor(new Color(200 + random.nextInt(55), 60 + random.nextInt(60), 40));
            g.fillRect(WIDTH - 80, (int) (HEIGHT * 0.55), 50, 30);
            g.setColor(Color.DARK_GRAY);
            g.drawLine(WIDTH - 55, (int) (HEIGHT * 0.55) + 30, WIDTH - 55, (int) (HEIGHT * 0.75));
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "jpg", out)) {
                throw new IllegalStateException("this JDK has no JPEG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

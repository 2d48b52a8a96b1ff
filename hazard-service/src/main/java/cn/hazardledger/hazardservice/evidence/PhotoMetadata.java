package cn.hazardledger.hazardservice.evidence;

import com.drew.imaging.ImageProcessingException;
import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.imaging.png.PngMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import org.jboss.logging.Logger;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.TimeZone;

/**
 * When and where a photo was taken, as its EXIF says (metadata-extractor). A photo whose EXIF is missing or
 * unreadable is still a photo: it is kept, without a time or a position.
 */
record PhotoMetadata(Instant capturedAt, BigDecimal latitude, BigDecimal longitude) {

    static final PhotoMetadata NONE = new PhotoMetadata(null, null, null);

    /**
     * DateTimeOriginal is the camera's local time; without OffsetTimeOriginal it says no zone. These photos are
     * taken in China, where the time is +08:00 all year.
     */
    static final TimeZone CHINA = TimeZone.getTimeZone(ZoneOffset.ofHours(8));

    /** Earlier is a camera whose clock was never set (0000:00:00), not a time. */
    private static final Instant EARLIEST = OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC).toInstant();
    private static final int DECIMALS = 6;
    private static final Logger LOG = Logger.getLogger(PhotoMetadata.class);

    static PhotoMetadata read(String mediaType, Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            Metadata metadata = switch (mediaType) {
                case "image/jpeg" -> JpegMetadataReader.readMetadata(in);
                case "image/png" -> PngMetadataReader.readMetadata(in);
                default -> null;
            };
            return metadata == null ? NONE : of(metadata);
        } catch (ImageProcessingException | IOException | RuntimeException e) {
            LOG.debugf("a photo's metadata could not be read, kept without it: %s", e.getMessage());
            return NONE;
        }
    }

    static PhotoMetadata of(Metadata metadata) {
        Instant captured = null;
        for (ExifSubIFDDirectory exif : metadata.getDirectoriesOfType(ExifSubIFDDirectory.class)) {
            Date original = exif.getDateOriginal(CHINA);
            if (original != null && !original.toInstant().isBefore(EARLIEST)) {
                captured = original.toInstant();
                break;
            }
        }
        BigDecimal latitude = null;
        BigDecimal longitude = null;
        for (GpsDirectory gps : metadata.getDirectoriesOfType(GpsDirectory.class)) {
            GeoLocation at = gps.getGeoLocation();
            if (at != null && inRange(at.getLatitude(), 90) && inRange(at.getLongitude(), 180)) {
                latitude = decimal(at.getLatitude());
                longitude = decimal(at.getLongitude());
                break;
            }
        }
        return new PhotoMetadata(captured, latitude, longitude);
    }

    private static boolean inRange(double degrees, double limit) {
        return Double.isFinite(degrees) && Math.abs(degrees) <= limit;
    }

    /** Six decimals are about 0.1 m, what the column keeps (numeric(9, 6)) and more than any phone's GPS gives. */
    private static BigDecimal decimal(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(DECIMALS, RoundingMode.HALF_UP);
    }
}

package cn.hazardledger.hazardservice.evidence;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file's type from its bytes alone, by Tika's magic numbers. The name and the Content-Type the client sent are
 * not consulted: a text file named photo.jpg is text.
 */
final class DetectedType {

    private static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();

    private DetectedType() {
    }

    /** The base media type, such as image/jpeg, or application/octet-stream when nothing matches. */
    static String of(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            // no resource name in the metadata: Tika would otherwise let a name's extension decide
            return MAGIC.detect(in, new Metadata()).getBaseType().toString();
        }
    }
}

package cn.hazardledger.hazardservice.evidence;

import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;

/**
 * An upload read and inspected by the evidence rules, for a feature outside this package (a public report's photos):
 * the same parts (file, caption), the same refusals (400 empty or cut short, 413 over 10 MiB, 415 not JPEG, PNG or
 * PDF by its bytes), the same EXIF reading (capture time, GPS). The bytes are kept as sent: nothing is stripped.
 */
public record InspectedUpload(Path file, boolean photo, String mediaType, long sizeBytes, String sha256,
                              String fileName, String caption, Instant capturedAt, BigDecimal latitude,
                              BigDecimal longitude) {

    public static InspectedUpload of(FileUpload file, MultipartFormDataInput form) throws IOException {
        UploadForm upload = UploadForm.of(file, form);
        InspectedFile inspected = InspectedFile.of(upload.file(), upload.size());
        return new InspectedUpload(upload.file(), inspected.kind() == EvidenceKind.PHOTO, inspected.mediaType(),
                inspected.sizeBytes(), inspected.sha256(), upload.fileName(), upload.caption(),
                inspected.photo().capturedAt(), inspected.photo().latitude(), inspected.photo().longitude());
    }
}

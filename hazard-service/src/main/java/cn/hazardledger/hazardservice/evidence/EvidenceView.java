package cn.hazardledger.hazardservice.evidence;

import cn.hazardledger.chassis.web.ChinaTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "Evidence", description = "证据: a photo or document of a hazard, without its bytes "
        + "(GET .../content streams them)")
public record EvidenceView(
        UUID id,
        UUID hazardId,
        @Schema(description = "PHOTO for JPEG and PNG, DOCUMENT for PDF") EvidenceKind kind,
        @Schema(description = "detected from the bytes", examples = "image/jpeg") String mediaType,
        long sizeBytes,
        @Schema(description = "SHA-256 of the bytes, lower-case hex; also the content's ETag",
                examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
        @Schema(description = "the name the file was sent with, without any path; null when none was sent",
                examples = "灶具照片.jpg") String fileName,
        @Schema(examples = "液化气钢瓶与灶具同室存放") String caption,
        @Schema(description = "when the photo was taken (EXIF DateTimeOriginal; read as China time when it names "
                + "no offset); null when the file does not say") OffsetDateTime capturedAt,
        @Schema(description = "where the photo was taken (EXIF GPS); null when the file does not say",
                examples = "30.012345") BigDecimal latitude,
        @Schema(examples = "108.123456") BigDecimal longitude,
        String uploadedBy,
        String uploaderRole,
        OffsetDateTime uploadedAt,
        @Schema(description = "the sequence of the ledger entry that cites it; null until a step cites it")
        Integer entrySequence) {

    static EvidenceView of(Evidence e) {
        return new EvidenceView(e.id, e.hazardId, e.kind, e.mediaType, e.sizeBytes, e.sha256, e.fileName, e.caption,
                ChinaTime.of(e.capturedAt), e.latitude, e.longitude, e.uploadedBy, e.uploaderRole,
                ChinaTime.of(e.uploadedAt), e.entrySequence);
    }
}

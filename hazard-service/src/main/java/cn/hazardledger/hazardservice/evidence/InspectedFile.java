package cn.hazardledger.hazardservice.evidence;

import cn.hazardledger.chassis.web.BodyLimits;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What an uploaded file is, from its bytes alone. Each refusal is a 4xx that stores nothing: empty or cut short
 * 400 naming the file part, over 10 MiB 413, not JPEG, PNG or PDF 415.
 */
record InspectedFile(EvidenceKind kind, String mediaType, long sizeBytes, String sha256, PhotoMetadata photo) {

    static InspectedFile of(Path file, long size) throws IOException {
        if (size == 0) {
            throw ProblemException.invalidField(UploadForm.FILE, "is empty");
        }
        if (size > BodyLimits.FILE_BYTES) {
            throw new ProblemException(ProblemType.PAYLOAD_TOO_LARGE,
                    "the file is larger than " + BodyLimits.FILE_BYTES + " bytes (10 MiB)");
        }
        String type = DetectedType.of(file);
        EvidenceKind kind = EvidenceKind.of(type).orElseThrow(() -> new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                "the file's bytes are " + type + ", whatever its name says: only JPEG, PNG and PDF are kept"));
        String cut = ContainerEnds.problemWith(type, file);
        if (cut != null) {
            throw ProblemException.invalidField(UploadForm.FILE, cut);
        }
        PhotoMetadata photo = kind == EvidenceKind.PHOTO ? PhotoMetadata.read(type, file) : PhotoMetadata.NONE;
        return new InspectedFile(kind, type, size, Sha256.of(file), photo);
    }
}

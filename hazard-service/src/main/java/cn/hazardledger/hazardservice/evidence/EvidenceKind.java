package cn.hazardledger.hazardservice.evidence;

import java.util.Map;
import java.util.Optional;

/** What a piece of evidence is, by the type detected from its bytes: a photo (照片) or a document (文件). */
public enum EvidenceKind {
    PHOTO, DOCUMENT;

    /** The only types kept: what a phone's camera and an office's scanner or printer make. */
    private static final Map<String, EvidenceKind> BY_MEDIA_TYPE = Map.of(
            "image/jpeg", PHOTO,
            "image/png", PHOTO,
            "application/pdf", DOCUMENT);

    static Optional<EvidenceKind> of(String mediaType) {
        return Optional.ofNullable(BY_MEDIA_TYPE.get(mediaType));
    }
}

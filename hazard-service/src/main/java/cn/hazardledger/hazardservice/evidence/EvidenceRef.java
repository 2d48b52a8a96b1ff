package cn.hazardledger.hazardservice.evidence;

import java.util.UUID;

/**
 * Evidence as a ledger step cites it: enough for the step's entry to record what it rests on (the id and the
 * SHA-256 of the bytes) and for a rule to ask whether it is a photo, without the bytes.
 */
public record EvidenceRef(UUID id, String kind, String mediaType, String sha256, long sizeBytes) {

    public boolean isPhoto() {
        return EvidenceKind.PHOTO.name().equals(kind);
    }

    static EvidenceRef of(Evidence e) {
        return new EvidenceRef(e.id, e.kind.name(), e.mediaType, e.sha256, e.sizeBytes);
    }
}

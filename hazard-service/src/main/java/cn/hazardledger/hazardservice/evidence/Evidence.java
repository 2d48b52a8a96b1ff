package cn.hazardledger.hazardservice.evidence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A photo or document of a hazard: what it is and where it came from. Its bytes are in evidence_content
 * ({@link EvidenceContents}), so that loading evidence never loads a file.
 */
@Entity
@Table(name = "evidence")
public class Evidence extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "hazard_id")
    public UUID hazardId;

    @Enumerated(EnumType.STRING)
    public EvidenceKind kind;

    /** Detected from the bytes, never taken from the client. */
    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    /** Lower-case hex SHA-256 of the bytes: what a citing ledger entry records. */
    public String sha256;

    /** As the client named it, cleaned of paths and control characters; null when none was sent. */
    @Column(name = "file_name")
    public String fileName;

    public String caption;

    /** EXIF DateTimeOriginal of a photo, when it has one. */
    @Column(name = "captured_at")
    public Instant capturedAt;

    /** EXIF GPS position of a photo, when it has one. */
    public BigDecimal latitude;

    public BigDecimal longitude;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploader_role")
    public String uploaderRole;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    /** The ledger entry that first cited it; null until a step cites it. */
    @Column(name = "entry_sequence")
    public Integer entrySequence;
}

package cn.hazardledger.hazardservice.publicreport;

import cn.hazardledger.chassis.crypto.FieldCipher;
import cn.hazardledger.hazardservice.evidence.InspectedUpload;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.util.UUID;

/**
 * A photo the reporter sent with their report, sealed whole (its EXIF may identify them); see V12. At most
 * {@link #PER_REPORT} per report, and only while the report waits for triage.
 */
@Entity
@Table(name = "public_report_photo")
public class PublicReportPhoto extends PanacheEntityBase {

    static final int PER_REPORT = 9;

    @Id
    public UUID id;

    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    public String caption;

    @Column(name = "captured_at")
    public Instant capturedAt;

    @Column(name = "location_sealed")
    public String locationSealed;

    /** The file, sealed: read only for a download, never with a list. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content_sealed")
    public byte[] contentSealed;

    @Column(name = "key_version")
    public int keyVersion;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;

    static PublicReportPhoto of(PublicReport report, InspectedUpload upload, FieldCipher cipher, Instant at) throws IOException {
        PublicReportPhoto p = new PublicReportPhoto();
        p.id = UUID.randomUUID();
        p.reportId = report.id;
        p.mediaType = upload.mediaType();
        p.sizeBytes = upload.sizeBytes();
        p.sha256 = upload.sha256();
        p.caption = upload.caption();
        p.capturedAt = upload.capturedAt();
        p.uploadedAt = at;
        p.seal(cipher, Files.readAllBytes(upload.file()), upload.latitude(), upload.longitude());
        return p;
    }

    void seal(FieldCipher cipher, byte[] content, BigDecimal latitude, BigDecimal longitude) {
        contentSealed = cipher.sealBytes(content, aad("content"));
        locationSealed = latitude == null || longitude == null ? null
                : cipher.seal(latitude.toPlainString() + "," + longitude.toPlainString(), aad("location"));
        keyVersion = cipher.currentVersion();
    }

    byte[] content(FieldCipher cipher) {
        return cipher.openBytes(contentSealed, aad("content"));
    }

    /** "latitude,longitude" from the photo's EXIF, or null. */
    String location(FieldCipher cipher) {
        return cipher.open(locationSealed, aad("location"));
    }

    String aad(String column) {
        return "public_report_photo|" + id + "|" + column;
    }
}

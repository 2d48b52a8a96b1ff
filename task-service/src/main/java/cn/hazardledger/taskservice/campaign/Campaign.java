package cn.hazardledger.taskservice.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A safety campaign (专项行动方案, e.g. 三星府发〔2023〕76号) of one region and year. */
@Entity
@Table(name = "campaign")
public class Campaign extends PanacheEntityBase {

    @Id
    public UUID id;

    public String title;

    @Column(name = "document_number")
    public String documentNumber;

    @Column(name = "issuing_body")
    public String issuingBody;

    @Column(name = "region_code")
    public String regionCode;

    public int year;

    @Enumerated(EnumType.STRING)
    public CampaignStatus status;

    /** SHA-256 of the breakdown file last imported: the same file again changes nothing. */
    @Column(name = "breakdown_sha256")
    public String breakdownSha256;

    /** The title row the file carried above its header, if any. */
    @Column(name = "breakdown_title")
    public String breakdownTitle;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}

package cn.hazardledger.hazardservice.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.Instant;
import java.time.LocalDate;

/** 挂牌督办: a regulator lists a major hazard with its own deadline, and delists it once the hazard is closed. */
@Embeddable
public class SupervisionListing {

    @Enumerated(EnumType.STRING)
    @Column(name = "listing_level")
    public SupervisionLevel level;

    @Column(name = "listing_authority")
    public String authority;

    @Column(name = "listing_document_number")
    public String documentNumber;

    @Column(name = "listing_deadline")
    public LocalDate deadline;

    @Column(name = "listed_at")
    public Instant listedAt;

    @Column(name = "listed_by")
    public String listedBy;

    @Column(name = "delisted_at")
    public Instant delistedAt;

    @Column(name = "delisted_by")
    public String delistedBy;

    public boolean isListed() {
        return listedAt != null && delistedAt == null;
    }
}

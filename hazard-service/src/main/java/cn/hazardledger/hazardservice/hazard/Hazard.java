package cn.hazardledger.hazardservice.hazard;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** The hazard aggregate's current state; its history is in {@link HazardEntry}. */
@Entity
@Table(name = "hazard")
public class Hazard extends PanacheEntityBase {

    @Id
    public UUID id;

    public String title;

    public String description;

    @Column(name = "region_code")
    public String regionCode;

    @Enumerated(EnumType.STRING)
    public Industry industry;

    @Enumerated(EnumType.STRING)
    public HazardSource source;

    @Enumerated(EnumType.STRING)
    public HazardLevel level;

    @Enumerated(EnumType.STRING)
    public HazardStatus status;

    @Embedded
    public Location location;

    @Column(name = "reported_by")
    public String reportedBy;

    @Column(name = "reporter_role")
    public String reporterRole;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;
}

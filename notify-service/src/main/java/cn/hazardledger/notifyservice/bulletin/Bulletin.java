package cn.hazardledger.notifyservice.bulletin;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A bulletin's metadata; its figures, HTML and XLSX are read by {@link BulletinStore} only when asked for, so that
 * a list never loads documents. Written once, never changed.
 */
@Entity
@Table(name = "bulletin")
public class Bulletin extends PanacheEntityBase {

    public enum Origin {
        /** Issued by the schedule, once per region and period. */
        SCHEDULED,
        /** Ordered by a person through POST /bulletins. */
        ON_DEMAND
    }

    /** Only complete bulletins are stored; the status leaves room for a later withdrawal (撤回). */
    public enum Status {
        ISSUED
    }

    @Id
    public UUID id;

    @Column(name = "region_code")
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind")
    public Period.Kind periodKind;

    @Column(name = "period_key")
    public String periodKey;

    @Column(name = "period_from")
    public LocalDate from;

    @Column(name = "period_to")
    public LocalDate to;

    @Enumerated(EnumType.STRING)
    public Origin origin;

    @Column(name = "ordered_by")
    public String orderedBy;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String title;

    @Column(name = "created_at")
    public Instant createdAt;
}

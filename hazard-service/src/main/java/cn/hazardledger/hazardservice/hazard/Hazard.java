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

import cn.hazardledger.chassis.security.RegionCode;

import java.time.Instant;
import java.util.UUID;

/**
 * The hazard aggregate: its current state, and the moves of its lifecycle (docs/domain.md). Each move goes
 * through {@link HazardLifecycle}, appends one {@link HazardEntry} and returns it with the event to publish,
 * so the application service only loads, stores and publishes.
 */
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

    /** How many entries its ledger holds; the next entry is number {@code ledgerLength + 1}. */
    @Column(name = "ledger_length")
    public int ledgerLength;

    /** The hash of its newest ledger entry ({@link LedgerChain}); null before the chain began. */
    @Column(name = "ledger_head")
    public String ledgerHead;

    @Version
    public long version;

    /** 上报: a new hazard, REPORTED, its ledger opened by the reporter's signed entry. */
    public static Transition report(ReportHazardRequest request, RegionCode region, Actor reporter, Instant at) {
        Hazard h = new Hazard();
        h.id = UUID.randomUUID();
        h.title = request.title().strip();
        h.description = request.description().strip();
        h.regionCode = region.value();
        h.industry = request.industry();
        h.source = request.source();
        h.level = request.level();
        h.status = HazardStatus.REPORTED;
        if (request.location() != null) {
            h.location = new Location();
            h.location.address = request.location().address();
            h.location.latitude = request.location().latitude();
            h.location.longitude = request.location().longitude();
        }
        h.reportedBy = reporter.subject();
        h.reporterRole = reporter.role();
        h.reportedAt = at;
        h.updatedAt = at;
        HazardEntry entry = h.append(LedgerAction.REPORT, null, reporter, at);
        return new Transition(h, entry, HazardReportedV1.of(h));
    }

    /** 核实: the township confirms the hazard into its ledger or rejects it (NOT_TRUE, DUPLICATE). */
    public Transition review(LedgerAction action, String reason, String note, Actor reviewer, Instant at) {
        if (action != LedgerAction.CONFIRM && action != LedgerAction.REJECT) {
            throw new IllegalArgumentException(action + " is not a review");
        }
        move(action, at);
        String entryNote = reason == null ? note : reason + (note == null ? "" : ": " + note);
        HazardEntry entry = append(action, entryNote, reviewer, at);
        return new Transition(this, entry, HazardReviewedV1.of(this, entry, reason, note));
    }

    /** Moves through the lifecycle table, or refuses with what the hazard is and what was asked. */
    private void move(LedgerAction action, Instant at) {
        status = HazardLifecycle.next(status, action).orElseThrow(() -> new IllegalTransition(status, action));
        updatedAt = at;
    }

    private HazardEntry append(LedgerAction action, String note, Actor actor, Instant at) {
        ledgerLength++;
        HazardEntry entry = HazardEntry.of(this, ledgerLength, action, note, actor, at);
        entry.previousHash = ledgerHead;
        entry.hash = LedgerChain.hash(ledgerHead, entry.content());
        ledgerHead = entry.hash;
        return entry;
    }
}

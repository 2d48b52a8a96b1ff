package cn.hazardledger.hazardservice.hazard;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One appended, signed line of a hazard's ledger (台账). Rows are inserted, never updated. */
@Entity
@Table(name = "hazard_entry")
public class HazardEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "hazard_id")
    public UUID hazardId;

    public int sequence;

    @Enumerated(EnumType.STRING)
    public LedgerAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after")
    public HazardStatus statusAfter;

    public String actor;

    @Column(name = "actor_role")
    public String actorRole;

    public String note;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** The hash of the entry before it (null for the first), and its own: see {@link LedgerChain}. */
    @Column(name = "previous_hash")
    public String previousHash;

    public String hash;

    /** What the chain covers of this entry. */
    public LedgerChain.Content content() {
        return new LedgerChain.Content(hazardId.toString(), sequence, action.name(), statusAfter.name(), actor,
                actorRole, note, recordedAt);
    }

    public LedgerChain.Link link() {
        return new LedgerChain.Link(content(), previousHash, hash);
    }

    static HazardEntry of(Hazard hazard, int sequence, LedgerAction action, String note, Actor actor, Instant at) {
        HazardEntry entry = new HazardEntry();
        entry.id = UUID.randomUUID();
        entry.hazardId = hazard.id;
        entry.sequence = sequence;
        entry.action = action;
        entry.statusAfter = hazard.status;
        entry.actor = actor.subject();
        entry.actorRole = actor.role();
        entry.note = note;
        entry.recordedAt = at;
        return entry;
    }
}

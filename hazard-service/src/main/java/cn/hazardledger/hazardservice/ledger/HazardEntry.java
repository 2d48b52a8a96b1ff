package cn.hazardledger.hazardservice.ledger;

import cn.hazardledger.hazardservice.hazard.Actor;
import cn.hazardledger.hazardservice.hazard.HazardStatus;
import cn.hazardledger.hazardservice.hazard.LedgerAction;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One appended, signed line of a hazard's ledger (台账, docs/domain.md): what, who, role, unit, when, comment,
 * signature and the data changed. Rows are inserted, never updated; the database refuses anything else.
 */
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

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "unit_name")
    public String unitName;

    /** The name the actor signed with (谁检查、谁签名、谁负责). */
    public String signature;

    public String note;

    /** What the step changed or recorded, as canonical JSON ({@link LedgerData}); null when nothing but status. */
    public String data;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** The hash of the entry before it (null for the first), and its own: see {@link LedgerChain}. */
    @Column(name = "previous_hash")
    public String previousHash;

    public String hash;

    /** What the chain covers of this entry. */
    public LedgerChain.Content content() {
        return new LedgerChain.Content(hazardId.toString(), sequence, action.name(), statusAfter.name(), actor,
                actorRole, note, recordedAt, unitCode, signature, data);
    }

    public LedgerChain.Link link() {
        return new LedgerChain.Link(content(), previousHash, hash);
    }

    /** The next entry of a chain whose newest hash is {@code head}. */
    public static HazardEntry append(UUID hazardId, int sequence, String head, LedgerAction action,
                                     HazardStatus statusAfter, String note, String data, Actor actor, Instant at) {
        HazardEntry entry = new HazardEntry();
        entry.id = UUID.randomUUID();
        entry.hazardId = hazardId;
        entry.sequence = sequence;
        entry.action = action;
        entry.statusAfter = statusAfter;
        entry.actor = actor.subject();
        entry.actorRole = actor.role();
        entry.unitCode = actor.unitCode();
        entry.unitName = actor.unitName();
        entry.signature = actor.signature();
        entry.note = note;
        entry.data = data;
        entry.recordedAt = at;
        entry.previousHash = head;
        entry.hash = LedgerChain.hash(head, entry.content());
        return entry;
    }
}

package cn.hazardledger.hazardservice.rectification;

import cn.hazardledger.hazardservice.hazard.LedgerAction;
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

/** Every deadline a hazard has had, and the step that set it: the plan, a revision, an extension, a reopening. */
@Entity
@Table(name = "hazard_deadline")
public class DeadlineChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "hazard_id")
    public UUID hazardId;

    public LocalDate deadline;

    @Column(name = "previous_deadline")
    public LocalDate previousDeadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "set_by_action")
    public LedgerAction setByAction;

    @Column(name = "entry_sequence")
    public int entrySequence;

    @Column(name = "set_by")
    public String setBy;

    @Column(name = "set_at")
    public Instant setAt;

    public static DeadlineChange of(UUID hazardId, LocalDate previous, LocalDate deadline, LedgerAction action,
                                    int entrySequence, String by, Instant at) {
        DeadlineChange d = new DeadlineChange();
        d.id = UUID.randomUUID();
        d.hazardId = hazardId;
        d.previousDeadline = previous;
        d.deadline = deadline;
        d.setByAction = action;
        d.entrySequence = entrySequence;
        d.setBy = by;
        d.setAt = at;
        return d;
    }
}

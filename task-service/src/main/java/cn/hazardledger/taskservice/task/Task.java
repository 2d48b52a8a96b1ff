package cn.hazardledger.taskservice.task;

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

@Entity
@Table(name = "task")
public class Task extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public TaskKind kind;

    public String title;

    public String description;

    /** The assignee's region: a township for verification tasks. */
    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "assignee_role")
    public String assigneeRole;

    /** Who exactly must act, within the role: a unit's code, an enterprise's credit code, a township's region. */
    @Column(name = "assignee_code")
    public String assigneeCode;

    @Column(name = "assignee_name")
    public String assigneeName;

    @Column(name = "hazard_id")
    public UUID hazardId;

    /** The newest ledger step of the hazard this task reflects (rectification tasks). */
    @Column(name = "hazard_step")
    public int hazardStep;

    /** 挂牌督办: the hazard behind it is listed for supervision. */
    public boolean supervised;

    @Enumerated(EnumType.STRING)
    public TaskStatus status;

    @Column(name = "due_at")
    public Instant dueAt;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "source_event_id")
    public UUID sourceEventId;

    @Version
    public long version;
}

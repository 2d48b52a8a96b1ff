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

    @Column(name = "hazard_id")
    public UUID hazardId;

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

package cn.hazardledger.taskservice.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** 进展报告: what was done on a specific task, by whom, with what evidence; a final one completes the task. */
@Entity
@Table(name = "progress_report")
public class ProgressReport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "item_id")
    public UUID itemId;

    @Column(name = "instance_id")
    public UUID instanceId;

    public String text;

    /** Evidence references, joined by newlines: hazard-service evidence ids or links. */
    public String evidence;

    @Column(name = "final")
    public boolean isFinal;

    @Column(name = "reported_by")
    public String reportedBy;

    @Column(name = "reporter_role")
    public String reporterRole;

    @Column(name = "reporter_unit")
    public String reporterUnit;

    @Column(name = "reported_at")
    public Instant reportedAt;
}

package cn.hazardledger.taskservice.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One period's instance of an ongoing task with a cadence: 2023-M05 of "每月开展1次实地督导检查". */
@Entity
@Table(name = "campaign_task_instance")
public class TaskInstance extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "item_id")
    public UUID itemId;

    @Column(name = "period_key")
    public String periodKey;

    @Column(name = "period_start")
    public LocalDate periodStart;

    @Column(name = "period_end")
    public LocalDate periodEnd;

    public LocalDate due;

    /** OPEN or DONE: done with the final report of its period. */
    public String status;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "created_at")
    public Instant createdAt;
}

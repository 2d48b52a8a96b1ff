package cn.hazardledger.taskservice.campaign;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One line of a campaign's breakdown tree: a main action (主要行动), a key task (重点任务) under it, or a specific
 * task (具体任务) under that, in document order with its document numbering. Only specific tasks carry leaders,
 * units, deadline and cadence.
 */
@Entity
@Table(name = "campaign_item")
public class CampaignItem extends PanacheEntityBase {

    public enum Level { ACTION, KEY_TASK, SPECIFIC_TASK }

    @Id
    public UUID id;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "parent_id")
    public UUID parentId;

    @Enumerated(EnumType.STRING)
    public Level level;

    /** Document order within its level across the whole campaign. */
    public int position;

    public String number;

    public String text;

    /** Lead leaders (牵头领导) and responsible units (责任科室), each a list joined by 、 (never part of a name). */
    public String leaders;

    public String units;

    /** The deadline's date; null for an ongoing (长期坚持) task. */
    public LocalDate deadline;

    @Column(name = "deadline_words")
    public String deadlineWords;

    public String cadence;

    public String remarks;

    @Column(name = "source_row")
    public Integer sourceRow;

    /** OPEN or DONE, specific tasks only: done once a final progress report says so. */
    public String status;

    @Column(name = "completed_at")
    public java.time.Instant completedAt;

    public boolean isDone() {
        return "DONE".equals(status);
    }
}

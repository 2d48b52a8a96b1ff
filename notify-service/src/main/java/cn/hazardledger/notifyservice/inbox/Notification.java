package cn.hazardledger.notifyservice.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Written once; only its acknowledgement is added later. Who read it is kept apart, per reader. */
@Entity
@Table(name = "notification")
public class Notification extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "recipient_role")
    public String recipientRole;

    @Column(name = "recipient_region")
    public String recipientRegion;

    /** The unit code or credit code of a party's own inbox; '' for a role's inbox (Inboxes). */
    @Column(name = "recipient_party")
    public String recipientParty;

    @Enumerated(EnumType.STRING)
    public NotificationKind kind;

    public String title;

    public String body;

    @Column(name = "subject_type")
    public String subjectType;

    @Column(name = "subject_id")
    public String subjectId;

    @Column(name = "source_event_id")
    public UUID sourceEventId;

    @Column(name = "created_at")
    public Instant createdAt;

    /** When the inbox received it: the moment it was written; a channel that sends later keeps its own receipt. */
    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** Acknowledged (回执) for the whole recipient side, by the first of its people who did. */
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "acknowledged_by_name")
    public String acknowledgedByName;

    @Column(name = "acknowledgement_note")
    public String acknowledgementNote;

    /** The routing rule that chose this recipient: default:<name> or a stored rule's id. */
    public String rule;

    /** The dual-report side (双报告) this notification is, if it is one. */
    @Column(name = "dual_report_side")
    public String dualReportSide;
}

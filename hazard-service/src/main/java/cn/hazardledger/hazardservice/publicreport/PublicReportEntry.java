package cn.hazardledger.hazardservice.publicreport;

import cn.hazardledger.hazardservice.hazard.Actor;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One appended line of a report's own history (received, triaged, revealed, rewarded); the database refuses edits. */
@Entity
@Table(name = "public_report_entry")
public class PublicReportEntry extends PanacheEntityBase {

    /** The actor of the intake: the reporter has no account, and their identity is not written here. */
    static final String REPORTER = "reporter";

    @Id
    public UUID id;

    @Column(name = "report_id")
    public UUID reportId;

    public String action;

    public String actor;

    @Column(name = "actor_role")
    public String actorRole;

    public String signature;

    public String note;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    static PublicReportEntry of(PublicReport report, String action, String note, Actor actor, Instant at) {
        PublicReportEntry e = new PublicReportEntry();
        e.id = UUID.randomUUID();
        e.reportId = report.id;
        e.action = action;
        e.actor = actor.subject();
        e.actorRole = actor.role();
        e.signature = actor.signature();
        e.note = note;
        e.recordedAt = at;
        return e;
    }

    static PublicReportEntry received(PublicReport report, Instant at) {
        return byReporter(report, "RECEIVE", report.kind.name(), at);
    }

    /** A step of the reporter's own (the intake, a photo): unsigned, since the reporter has no account. */
    static PublicReportEntry byReporter(PublicReport report, String action, String note, Instant at) {
        PublicReportEntry e = new PublicReportEntry();
        e.id = UUID.randomUUID();
        e.reportId = report.id;
        e.action = action;
        e.actor = REPORTER;
        e.actorRole = "PUBLIC";
        e.note = note;
        e.recordedAt = at;
        return e;
    }
}

package cn.hazardledger.hazardservice.rectification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One revision of a hazard's five-in-place plan; revision 1 starts rectification. Rows are never changed. */
@Entity
@Table(name = "rectification_plan")
@IdClass(PlanRevision.Key.class)
public class PlanRevision extends PanacheEntityBase {

    @Id
    @Column(name = "hazard_id")
    public UUID hazardId;

    @Id
    public int revision;

    @Column(name = "responsible_name")
    public String responsibleName;

    @Column(name = "responsible_post")
    public String responsiblePost;

    @Column(name = "responsible_phone")
    public String responsiblePhone;

    @Column(name = "unit_code")
    public String unitCode;

    @Column(name = "unit_name")
    public String unitName;

    public String measures;

    @Column(name = "funds_yuan")
    public BigDecimal fundsYuan;

    @Column(name = "funds_source")
    public String fundsSource;

    public LocalDate deadline;

    @Column(name = "contingency_plan")
    public String contingencyPlan;

    @Column(name = "contingency_document_id")
    public UUID contingencyDocumentId;

    @Column(name = "revision_reason")
    public String revisionReason;

    @Column(name = "entry_sequence")
    public int entrySequence;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    public static PlanRevision of(UUID hazardId, int revision, FiveInPlacePlan plan) {
        PlanRevision p = new PlanRevision();
        p.hazardId = hazardId;
        p.revision = revision;
        p.responsibleName = plan.responsible().name().strip();
        p.responsiblePost = plan.responsible().post().strip();
        p.responsiblePhone = plan.responsible().phone().strip();
        if (plan.responsibleUnit() != null) {
            p.unitCode = plan.responsibleUnit().code().strip();
            p.unitName = plan.responsibleUnit().name().strip();
        }
        p.measures = plan.measures().strip();
        p.fundsYuan = plan.funds().amountYuan();
        p.fundsSource = plan.funds().source().strip();
        p.deadline = plan.deadline();
        p.contingencyPlan = plan.contingencyPlan().text().strip();
        p.contingencyDocumentId = plan.contingencyPlan().documentId();
        p.revisionReason = plan.revisionReason() == null ? null : plan.revisionReason().strip();
        return p;
    }

    public static class Key implements Serializable {
        public UUID hazardId;
        public int revision;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hazardId.equals(hazardId) && k.revision == revision;
        }

        @Override
        public int hashCode() {
            return hazardId.hashCode() * 31 + revision;
        }
    }
}

package cn.hazardledger.hazardservice.rectification;

import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.hazardservice.hazard.Disclosure;
import cn.hazardledger.hazardservice.hazard.LedgerAction;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** What the rectification reads answer: plan revisions, deadlines, extension requests. */
public final class RectificationViews {

    private RectificationViews() {
    }

    @Schema(name = "PlanRevision", description = "五到位整改方案的一版 / one revision of the five-in-place plan")
    public record Plan(int revision, String responsibleName, String responsiblePost, String responsiblePhone,
                       String unitCode, String unitName, String measures, BigDecimal fundsYuan, String fundsSource,
                       LocalDate deadline, String contingencyPlan, UUID contingencyDocumentId, String revisionReason,
                       int entrySequence, String recordedBy, OffsetDateTime recordedAt) {

        static Plan of(PlanRevision p, Disclosure disclosure) {
            return new Plan(p.revision, p.responsibleName, p.responsiblePost, disclosure.phone(p.responsiblePhone), p.unitCode, p.unitName,
                    p.measures, p.fundsYuan, p.fundsSource, p.deadline, p.contingencyPlan, p.contingencyDocumentId,
                    p.revisionReason, p.entrySequence, p.recordedBy, ChinaTime.of(p.recordedAt));
        }
    }

    @Schema(name = "DeadlineChange", description = "整改时限变更 / a deadline the hazard has had, and the step that set it")
    public record Deadline(LocalDate deadline, LocalDate previousDeadline, LedgerAction setBy, int entrySequence,
                           String setByActor, OffsetDateTime setAt) {

        static Deadline of(DeadlineChange d) {
            return new Deadline(d.deadline, d.previousDeadline, d.setByAction, d.entrySequence, d.setBy,
                    ChinaTime.of(d.setAt));
        }
    }

    @Schema(name = "Extension", description = "延期申请及审批 / an extension request and its decision")
    public record Extension(UUID id, String reason, LocalDate currentDeadline, LocalDate proposedDeadline,
                            String requestedBy, OffsetDateTime requestedAt, ExtensionRequest.Decision decision,
                            String decisionNote, String decidedBy, OffsetDateTime decidedAt) {

        static Extension of(ExtensionRequest e) {
            return new Extension(e.id, e.reason, e.currentDeadline, e.proposedDeadline, e.requestedBy,
                    ChinaTime.of(e.requestedAt), e.decision, e.decisionNote, e.decidedBy,
                    e.decidedAt == null ? null : ChinaTime.of(e.decidedAt));
        }
    }
}

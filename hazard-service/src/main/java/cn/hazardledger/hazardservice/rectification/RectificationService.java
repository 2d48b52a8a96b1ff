package cn.hazardledger.hazardservice.rectification;

import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.hazardservice.events.EvidenceCited;
import cn.hazardledger.hazardservice.evidence.EvidenceRef;
import cn.hazardledger.hazardservice.evidence.EvidenceService;
import cn.hazardledger.hazardservice.hazard.Actor;
import cn.hazardledger.hazardservice.hazard.HazardService;
import cn.hazardledger.hazardservice.hazard.HazardView;
import cn.hazardledger.hazardservice.hazard.LedgerAction;
import cn.hazardledger.hazardservice.hazard.Transition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** The rectification steps as thin transactions: load, apply on the aggregate, store (HazardService.change). */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class RectificationService {

    @Inject
    HazardService hazards;

    @Inject
    EvidenceService evidence;

    @Inject
    Caller caller;

    public HazardView fixOnSpot(UUID id, String ifMatch, RectificationRequests.OnTheSpotFix fix) {
        return hazards.change(id, ifMatch, h -> citing(fix.evidenceIds(),
                h.fixOnSpot(fix.measures(), cite(id, fix.evidenceIds()), actor(), hazards.now(), hazards.today())));
    }

    public HazardView plan(UUID id, String ifMatch, LedgerAction action, FiveInPlacePlan plan) {
        List<Problem.FieldError> missing = FiveInPlace.missingParts(plan, hazards.today());
        if (!missing.isEmpty()) {
            throw new ProblemException(Problem.invalid("the five-in-place plan (五到位) is missing " + missing.size()
                    + " part(s)", missing));
        }
        return hazards.change(id, ifMatch, h -> {
            // only once the hazard is found in the caller's scope: outside it every hazard is a 404, whatever the
            // plan names (README, "Evidence": a step cites evidence after it has found the hazard)
            if (plan.contingencyPlan().documentId() != null) {
                evidence.cite(id, List.of(plan.contingencyPlan().documentId()), "contingencyPlan.documentId");
            }
            Transition t = h.plan(action, plan, actor(), hazards.now(), hazards.today());
            if (plan.contingencyPlan().documentId() != null) {
                evidence.markCited(List.of(plan.contingencyPlan().documentId()), t.entry().sequence);
            }
            return t;
        });
    }

    public HazardView submit(UUID id, String ifMatch, RectificationRequests.Submission submission) {
        return hazards.change(id, ifMatch, h -> citing(submission.evidenceIds(),
                h.submit(submission.summary(), cite(id, submission.evidenceIds()), actor(), hazards.now(), hazards.today())));
    }

    public HazardView close(UUID id, String ifMatch, RectificationRequests.Closure closure) {
        return hazards.change(id, ifMatch, h -> h.close(closure.note(), actor(), hazards.now(), hazards.today()));
    }

    public HazardView sendBack(UUID id, String ifMatch, RectificationRequests.SendBack sendBack) {
        return hazards.change(id, ifMatch, h -> h.sendBack(sendBack.reasons(), sendBack.note(), actor(), hazards.now(),
                hazards.today()));
    }

    public HazardView reopen(UUID id, String ifMatch, RectificationRequests.Reopening reopening) {
        return hazards.change(id, ifMatch, h -> h.reopen(reopening.reason(), reopening.deadline(), actor(),
                hazards.now(), hazards.today()));
    }

    public HazardView requestExtension(UUID id, String ifMatch, RectificationRequests.Extension extension) {
        return hazards.change(id, ifMatch, h -> h.requestExtension(extension.reason(), extension.proposedDeadline(),
                actor(), hazards.now(), hazards.today()));
    }

    public HazardView decideExtension(UUID id, UUID extensionId, String ifMatch,
                                      RectificationRequests.ExtensionDecision decision) {
        return hazards.change(id, ifMatch, h -> {
            ExtensionRequest request = ExtensionRequest.<ExtensionRequest>find("id = ?1 and hazardId = ?2", extensionId, id)
                    .firstResultOptional().orElseThrow(() -> new ProblemException(
                            cn.hazardledger.chassis.web.ProblemType.NOT_FOUND, "no such extension request on this hazard"));
            return h.decideExtension(request, decision.decision() == ExtensionRequest.Decision.APPROVED,
                    decision.note(), actor(), hazards.now(), hazards.today());
        });
    }

    private List<EvidenceCited> cite(UUID hazardId, List<UUID> ids) {
        return evidence.cite(hazardId, ids, "evidenceIds").stream().map(RectificationService::cited).toList();
    }

    /** Evidence joins the tamper-evident ledger through the entry that cites it (hazard-service/README.md). */
    private Transition citing(List<UUID> ids, Transition t) {
        evidence.markCited(ids, t.entry().sequence);
        return t;
    }

    private static EvidenceCited cited(EvidenceRef ref) {
        return new EvidenceCited(ref.id().toString(), ref.kind(), ref.mediaType(), ref.sha256());
    }

    private Actor actor() {
        return Actor.of(caller);
    }
}

package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.hazardservice.events.EvidenceCited;
import cn.hazardledger.hazardservice.events.HazardClosedV1;
import cn.hazardledger.hazardservice.events.HazardDelistedV1;
import cn.hazardledger.hazardservice.events.HazardDualReportedV1;
import cn.hazardledger.hazardservice.events.HazardEscalatedV1;
import cn.hazardledger.hazardservice.events.HazardExtensionDecidedV1;
import cn.hazardledger.hazardservice.events.HazardExtensionRequestedV1;
import cn.hazardledger.hazardservice.events.HazardFixedOnSpotV1;
import cn.hazardledger.hazardservice.events.HazardImportedV1;
import cn.hazardledger.hazardservice.events.HazardListedV1;
import cn.hazardledger.hazardservice.events.HazardPlannedV1;
import cn.hazardledger.hazardservice.events.HazardReopenedV1;
import cn.hazardledger.hazardservice.events.HazardReportedV1;
import cn.hazardledger.hazardservice.events.HazardReviewedV1;
import cn.hazardledger.hazardservice.events.HazardSentBackV1;
import cn.hazardledger.hazardservice.events.HazardSubmittedV1;
import cn.hazardledger.hazardservice.ledger.HazardEntry;
import cn.hazardledger.hazardservice.ledger.LedgerData;
import cn.hazardledger.hazardservice.rectification.DeadlineChange;
import cn.hazardledger.hazardservice.rectification.ExtensionRequest;
import cn.hazardledger.hazardservice.rectification.FiveInPlacePlan;
import cn.hazardledger.hazardservice.rectification.PlanRevision;
import cn.hazardledger.hazardservice.supervision.DualReport;
import cn.hazardledger.hazardservice.supervision.DualReportRecipient;
import cn.hazardledger.hazardservice.supervision.Escalation;
import cn.hazardledger.hazardservice.supervision.SupervisionListing;
import cn.hazardledger.hazardservice.supervision.SupervisionLevel;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The hazard aggregate: its record, its current state, and every move of its lifecycle (docs/domain.md). Each
 * move checks {@link HazardLifecycle} and the side allowed to take it ({@link Sides}), appends one signed
 * {@link HazardEntry} and answers it with the event to publish and any records written beside the hazard, so
 * that the application services only load, store and publish.
 */
@Entity
@Table(name = "hazard")
public class Hazard extends PanacheEntityBase {

    @Id
    public UUID id;

    /** 台账编号 YH-<county>-<year>-<seq>, given at confirmation ({@code LedgerNumbers}); null before. */
    @Column(name = "ledger_number")
    public String ledgerNumber;

    public String title;

    public String description;

    public String cause;

    @Column(name = "region_code")
    public String regionCode;

    /** The region's county and township, kept by the database from region_code: scope is equality on them. */
    @Column(name = "county_code", insertable = false, updatable = false)
    public String countyCode;

    @Column(name = "township_code", insertable = false, updatable = false)
    public String townshipCode;

    @Enumerated(EnumType.STRING)
    public Industry industry;

    @Enumerated(EnumType.STRING)
    public HazardSource source;

    @Enumerated(EnumType.STRING)
    public HazardLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "hazard_type")
    public HazardType hazardType;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_colour")
    public RiskColour riskColour;

    @Enumerated(EnumType.STRING)
    public HazardStatus status;

    @Embedded
    public Location location;

    @Embedded
    public Enterprise enterprise;

    @Column(name = "discovered_at")
    public Instant discoveredAt;

    @Column(name = "discovered_by")
    public String discoveredBy;

    /** The reporter's signature: the name as signed, bound to {@link #reportedBy}. */
    public String signature;

    @Column(name = "reported_by")
    public String reportedBy;

    @Column(name = "reporter_role")
    public String reporterRole;

    @Column(name = "reported_at")
    public Instant reportedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** 判定标准 and clause a major hazard meets, chosen at confirmation. */
    @Column(name = "standard_code")
    public String standardCode;

    @Column(name = "standard_clause")
    public String standardClause;

    /** The original hazard, when this one was rejected as its duplicate. */
    @Column(name = "duplicate_of")
    public UUID duplicateOf;

    /** 整改时限 in force (China date); null until planned. Overdue is derived from it, never stored. */
    public LocalDate deadline;

    @Column(name = "plan_revision")
    public int planRevision;

    @Column(name = "responsible_unit_code")
    public String responsibleUnitCode;

    @Column(name = "responsible_unit_name")
    public String responsibleUnitName;

    @Column(name = "responsible_person")
    public String responsiblePerson;

    @Column(name = "responsible_post")
    public String responsiblePost;

    /** The funds of the plan in force, so that statistics sum them from the hazard row alone. */
    @Column(name = "plan_funds_yuan")
    public BigDecimal planFundsYuan;

    @Column(name = "submitted_by")
    public String submittedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "pending_extension")
    public UUID pendingExtension;

    @Embedded
    public DualReport dualReport;

    @Embedded
    public SupervisionListing listing;

    @Embedded
    public Escalation escalation;

    /** The public report (群众举报 / 吹哨人) this hazard was accepted from; null for every other source. */
    @Column(name = "public_report_id")
    public UUID publicReportId;

    /** How many entries its ledger holds; the next entry is number {@code ledgerLength + 1}. */
    @Column(name = "ledger_length")
    public int ledgerLength;

    /** The hash of its newest ledger entry (ledger.LedgerChain); null before the chain began. */
    @Column(name = "ledger_head")
    public String ledgerHead;

    @Version
    public long version;

    /** 上报: a new hazard, REPORTED, its ledger opened by the reporter's signed entry. */
    public static Transition report(ReportHazardRequest request, RegionCode region, Actor reporter, Instant at) {
        Hazard h = new Hazard();
        h.id = UUID.randomUUID();
        h.title = request.title().strip();
        h.description = request.description().strip();
        h.cause = strip(request.cause());
        h.regionCode = region.value();
        h.industry = request.industry();
        h.source = request.source();
        h.level = request.level();
        h.hazardType = request.hazardType();
        h.riskColour = request.riskColour();
        h.status = HazardStatus.REPORTED;
        h.location = Location.of(request.location());
        h.enterprise = request.enterprise() == null ? null : request.enterprise().toEnterprise();
        h.discoveredAt = request.discoveredAt() == null ? at : request.discoveredAt().toInstant();
        h.discoveredBy = request.discoveredBy() == null ? reporter.signature() : request.discoveredBy().strip();
        h.signature = reporter.signature();
        h.reportedBy = reporter.subject();
        h.reporterRole = reporter.role();
        h.reportedAt = at;
        h.updatedAt = at;
        Map<String, Object> reported = new LinkedHashMap<>();
        reported.put("level", h.level.name());
        reported.put("industry", h.industry.name());
        reported.put("riskColour", h.riskColour == null ? null : h.riskColour.name());
        reported.put("hazardType", h.hazardType == null ? null : h.hazardType.name());
        HazardEntry entry = h.append(LedgerAction.REPORT, null, reported, reporter, at);
        return new Transition(h, entry, HazardReportedV1.of(h));
    }

    /**
     * 导入: a hazard of a ledger kept elsewhere, recorded as it stands there (status, source and dates as given),
     * its ledger opened by one IMPORT entry signed by the importer. Its earlier history is not replayed: the
     * ledger it came from holds that; this one says where it came from.
     */
    public static Transition imported(ImportedHazard record, ImportedHazard.Origin origin, Actor importer, Instant at,
                                      LocalDate today) {
        Hazard h = new Hazard();
        h.id = UUID.randomUUID();
        h.ledgerNumber = record.ledgerNumber();
        h.title = record.title();
        h.description = record.description();
        h.regionCode = record.regionCode();
        h.industry = record.industry();
        h.source = record.source();
        h.level = record.level();
        h.hazardType = record.hazardType();
        h.riskColour = record.riskColour();
        h.status = record.status();
        if (record.address() != null || record.latitude() != null || record.longitude() != null) {
            h.location = new Location();
            h.location.address = record.address();
            h.location.latitude = record.latitude();
            h.location.longitude = record.longitude();
        }
        if (record.enterpriseName() != null || record.creditCode() != null) {
            h.enterprise = new Enterprise();
            h.enterprise.name = record.enterpriseName();
            h.enterprise.creditCode = record.creditCode();
        }
        h.reportedAt = record.reportedAt();
        h.discoveredAt = record.discoveredAt() == null ? record.reportedAt() : record.discoveredAt();
        h.discoveredBy = record.discoveredBy();
        h.signature = importer.signature();
        h.reportedBy = importer.subject();
        h.reporterRole = importer.role();
        h.responsibleUnitName = record.responsibleUnitName();
        h.responsiblePerson = record.responsiblePerson();
        h.deadline = record.deadline();
        h.closedAt = record.closedAt();
        h.updatedAt = at;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("importId", origin.importId());
        data.put("fileSha256", origin.fileSha256());
        data.put("row", origin.row());
        data.put("ledgerNumber", h.ledgerNumber);
        data.put("source", h.source.name());
        data.put("reportedAt", record.reportedAt().toString());
        HazardEntry entry = h.append(LedgerAction.IMPORT, "从台账文件导入：" + origin.fileName() + " 第" + origin.row() + "行",
                data, importer, at);
        List<PanacheEntityBase> records = h.deadline == null ? List.of()
                : List.of(DeadlineChange.of(h.id, null, h.deadline, LedgerAction.IMPORT, entry.sequence, importer.subject(), at));
        return new Transition(h, entry, HazardImportedV1.of(h, entry, today, origin), records);
    }

    /**
     * 核实纳入台账 and 定级: the township confirms, correcting level, industry, colour and type as it decides; the
     * entry records each correction as {from, to}. A major hazard must name its determination standard.
     */
    public Transition confirm(Confirmation decision, String number, Actor reviewer, Instant at) {
        HazardStatus next = allowed(LedgerAction.CONFIRM);
        Map<String, Object> data = new LinkedHashMap<>();
        if (decision.level() != null && decision.level() != level) {
            data.put("level", LedgerData.change(level, decision.level()));
            level = decision.level();
        }
        if (decision.industry() != null && decision.industry() != industry) {
            data.put("industry", LedgerData.change(industry, decision.industry()));
            industry = decision.industry();
        }
        if (decision.riskColour() != null && decision.riskColour() != riskColour) {
            data.put("riskColour", LedgerData.change(riskColour, decision.riskColour()));
            riskColour = decision.riskColour();
        }
        if (decision.hazardType() != null && decision.hazardType() != hazardType) {
            data.put("hazardType", LedgerData.change(hazardType, decision.hazardType()));
            hazardType = decision.hazardType();
        }
        if (decision.cause() != null && !decision.cause().isBlank()) {
            data.put("cause", LedgerData.change(cause, decision.cause().strip()));
            cause = decision.cause().strip();
        }
        if (level == HazardLevel.MAJOR) {
            if (decision.standardCode() == null || decision.standardCode().isBlank()) {
                throw new InvalidStep("standardCode", "a major hazard names the determination standard it meets "
                        + "(重大事故隐患判定标准, GET /determination-standards)");
            }
            if (decision.standardClause() == null || decision.standardClause().isBlank()) {
                throw new InvalidStep("standardClause", "a major hazard names the clause of its standard it meets");
            }
            standardCode = decision.standardCode().strip();
            standardClause = decision.standardClause().strip();
            data.put("standardCode", standardCode);
            data.put("standardClause", standardClause);
        }
        ledgerNumber = number;
        data.put("ledgerNumber", number);
        status = next;
        HazardEntry entry = append(LedgerAction.CONFIRM, strip(decision.note()), data, reviewer, at);
        return new Transition(this, entry, HazardReviewedV1.confirmed(this, entry, decision.note(), data));
    }

    /** 退回: not true (不属实), or a duplicate (重复) of the original it names. */
    public Transition reject(String reason, String note, Hazard original, Actor reviewer, Instant at) {
        HazardStatus next = allowed(LedgerAction.REJECT);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("reason", reason);
        if (original != null) {
            if (original.id.equals(id)) {
                throw new InvalidStep("duplicateOf", "a hazard is not a duplicate of itself");
            }
            duplicateOf = original.id;
            data.put("duplicateOf", original.id.toString());
        }
        status = next;
        String entryNote = note == null ? reason : reason + ": " + note.strip();
        HazardEntry entry = append(LedgerAction.REJECT, entryNote, data, reviewer, at);
        return new Transition(this, entry, HazardReviewedV1.rejected(this, entry, reason, note));
    }

    /** 即查即改: fixed during the inspection, with at least one photo of the fix; goes to review. */
    public Transition fixOnSpot(String measures, List<EvidenceCited> evidence, Actor actor, Instant at, LocalDate today) {
        HazardStatus next = allowed(LedgerAction.FIX_ON_SPOT);
        if (evidence.stream().noneMatch(e -> "PHOTO".equals(e.kind()))) {
            throw new InvalidStep("evidenceIds", "an on-the-spot fix needs at least one photo of the fix (即查即改须附整改照片)");
        }
        status = next;
        submittedBy = actor.subject();
        HazardEntry entry = append(LedgerAction.FIX_ON_SPOT, measures.strip(),
                Map.of("evidence", cited(evidence)), actor, at);
        return new Transition(this, entry, HazardFixedOnSpotV1.of(this, entry, today, measures.strip(), evidence));
    }

    /** 五到位: rectification starts under a whole plan (revision 1), or the plan in force is revised. */
    public Transition plan(LedgerAction action, FiveInPlacePlan plan, Actor actor, Instant at, LocalDate today) {
        if (action != LedgerAction.PLAN_RECTIFICATION && action != LedgerAction.REVISE_PLAN) {
            throw new IllegalArgumentException(action + " is not a plan");
        }
        HazardStatus next = allowed(action);
        if (action == LedgerAction.REVISE_PLAN && (plan.revisionReason() == null || plan.revisionReason().isBlank())) {
            throw new InvalidStep("revisionReason", "a revision says why the plan changes");
        }
        if (pendingExtension != null && plan.deadline() != null && !plan.deadline().equals(deadline)) {
            throw new IllegalTransition(status, action, "an extension request is pending: decide it before the "
                    + "plan changes the deadline");
        }
        PlanRevision revision = PlanRevision.of(id, planRevision + 1, plan);
        LocalDate previous = deadline;
        planRevision = revision.revision;
        deadline = revision.deadline;
        responsibleUnitCode = revision.unitCode;
        responsibleUnitName = revision.unitName;
        responsiblePerson = revision.responsibleName;
        responsiblePost = revision.responsiblePost;
        planFundsYuan = revision.fundsYuan;
        status = next;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("revision", revision.revision);
        data.put("responsible", Map.of("name", revision.responsibleName, "post", revision.responsiblePost,
                "phone", revision.responsiblePhone));
        if (revision.unitCode != null) {
            data.put("responsibleUnit", Map.of("code", revision.unitCode, "name", revision.unitName));
        }
        data.put("measures", revision.measures);
        data.put("funds", Map.of("amountYuan", revision.fundsYuan.toPlainString(), "source", revision.fundsSource));
        data.put("deadline", LedgerData.change(previous, deadline));
        data.put("contingencyPlan", revision.contingencyPlan);
        if (revision.contingencyDocumentId != null) {
            data.put("contingencyDocumentId", revision.contingencyDocumentId.toString());
        }
        HazardEntry entry = append(action, strip(plan.revisionReason()), data, actor, at);
        revision.entrySequence = entry.sequence;
        revision.recordedBy = actor.subject();
        revision.recordedAt = at;
        List<PanacheEntityBase> records = new ArrayList<>(List.of(revision));
        if (!deadline.equals(previous)) {
            records.add(DeadlineChange.of(id, previous, deadline, action, entry.sequence, actor.subject(), at));
        }
        return new Transition(this, entry, HazardPlannedV1.of(this, entry, today, revision), records);
    }

    /** 提交整改: the rectification is submitted with evidence and waits for review. */
    public Transition submit(String summary, List<EvidenceCited> evidence, Actor actor, Instant at, LocalDate today) {
        HazardStatus next = allowed(LedgerAction.SUBMIT_RECTIFICATION);
        if (evidence.isEmpty()) {
            throw new InvalidStep("evidenceIds", "a submission cites at least one photo or document of the rectification");
        }
        status = next;
        submittedBy = actor.subject();
        HazardEntry entry = append(LedgerAction.SUBMIT_RECTIFICATION, summary.strip(),
                Map.of("evidence", cited(evidence)), actor, at);
        return new Transition(this, entry, HazardSubmittedV1.of(this, entry, today, summary.strip(), evidence));
    }

    /** 复查销号: the closing side, never the submitter, closes the hazard. */
    public Transition close(String note, Actor reviewer, Instant at, LocalDate today) {
        HazardStatus next = allowed(LedgerAction.CLOSE);
        Sides.requireReviewer(this, reviewer);
        status = next;
        closedAt = at;
        HazardEntry entry = append(LedgerAction.CLOSE, strip(note), null, reviewer, at);
        return new Transition(this, entry, HazardClosedV1.of(this, entry, today, strip(note)));
    }

    /** 复查退回: not yet fixed; back to rectifying, with the reasons. */
    public Transition sendBack(List<String> reasons, String note, Actor reviewer, Instant at, LocalDate today) {
        HazardStatus next = allowed(LedgerAction.SEND_BACK);
        Sides.requireReviewer(this, reviewer);
        if (planRevision == 0) {
            // an on-the-spot fix that did not hold: it is rectified under a plan from now on
            throw new IllegalTransition(status, LedgerAction.SEND_BACK, "this hazard was fixed on the spot and has no "
                    + "five-in-place plan to go back to: reopen it after closing, or close it");
        }
        status = next;
        submittedBy = null;
        List<String> clean = reasons.stream().map(String::strip).toList();
        HazardEntry entry = append(LedgerAction.SEND_BACK, strip(note), Map.of("reasons", clean), reviewer, at);
        return new Transition(this, entry, HazardSentBackV1.of(this, entry, today, clean, strip(note)));
    }

    /** 回头看: a spot re-check reopens a closed hazard, which goes back to rectifying with a new deadline. */
    public Transition reopen(String reason, LocalDate newDeadline, Actor actor, Instant at, LocalDate today) {
        HazardStatus next = allowed(LedgerAction.REOPEN);
        Sides.requireClosingSide(this, actor, "reopens");
        if (newDeadline.isBefore(today)) {
            throw new InvalidStep("deadline", "the new deadline " + newDeadline + " has already passed");
        }
        LocalDate previous = deadline;
        status = next;
        closedAt = null;
        submittedBy = null;
        deadline = newDeadline;
        Map<String, Object> data = Map.of("deadline", LedgerData.change(previous, newDeadline));
        HazardEntry entry = append(LedgerAction.REOPEN, reason.strip(), data, actor, at);
        return new Transition(this, entry, HazardReopenedV1.of(this, entry, today, reason.strip()),
                List.of(DeadlineChange.of(id, previous, newDeadline, LedgerAction.REOPEN, entry.sequence,
                        actor.subject(), at)));
    }

    /** 延期申请: one pending request at a time, for a deadline later than the one in force. */
    public Transition requestExtension(String reason, LocalDate proposed, Actor actor, Instant at, LocalDate today) {
        allowed(LedgerAction.REQUEST_EXTENSION);
        if (pendingExtension != null) {
            throw new IllegalTransition(status, LedgerAction.REQUEST_EXTENSION, "an extension request is already pending");
        }
        if (deadline != null && !proposed.isAfter(deadline)) {
            throw new InvalidStep("proposedDeadline", "must be later than the deadline in force, " + deadline);
        }
        ExtensionRequest request = new ExtensionRequest();
        request.id = UUID.randomUUID();
        request.hazardId = id;
        request.reason = reason.strip();
        request.currentDeadline = deadline;
        request.proposedDeadline = proposed;
        request.requestedBy = actor.subject();
        request.requestedAt = at;
        pendingExtension = request.id;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("extensionId", request.id.toString());
        data.put("proposedDeadline", proposed.toString());
        HazardEntry entry = append(LedgerAction.REQUEST_EXTENSION, request.reason, data, actor, at);
        return new Transition(this, entry, HazardExtensionRequestedV1.of(this, entry, today, request.id.toString(),
                request.reason, deadline == null ? null : deadline.toString(), proposed.toString()), List.of(request));
    }

    /** 延期审批: the side that closes the hazard approves (the deadline moves) or refuses the pending request. */
    public Transition decideExtension(ExtensionRequest request, boolean approve, String note, Actor actor, Instant at,
                                      LocalDate today) {
        LedgerAction action = approve ? LedgerAction.APPROVE_EXTENSION : LedgerAction.REFUSE_EXTENSION;
        allowed(action);
        if (pendingExtension == null || !pendingExtension.equals(request.id)) {
            throw new IllegalTransition(status, action, "extension " + request.id + " is not pending");
        }
        Sides.requireClosingSide(this, actor, "decides extensions of");
        request.decision = approve ? ExtensionRequest.Decision.APPROVED : ExtensionRequest.Decision.REFUSED;
        request.decisionNote = strip(note);
        request.decidedBy = actor.subject();
        request.decidedAt = at;
        pendingExtension = null;
        LocalDate previous = deadline;
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("extensionId", request.id.toString());
        data.put("decision", request.decision.name());
        List<PanacheEntityBase> records = new ArrayList<>();
        if (approve) {
            deadline = request.proposedDeadline;
            data.put("deadline", LedgerData.change(previous, deadline));
        }
        HazardEntry entry = append(action, strip(note), data, actor, at);
        if (approve) {
            records.add(DeadlineChange.of(id, previous, deadline, action, entry.sequence, actor.subject(), at));
        }
        return new Transition(this, entry, HazardExtensionDecidedV1.of(this, entry, today, request.id.toString(),
                request.decision.name(), strip(note), request.proposedDeadline.toString()), records);
    }

    /** 双报告: a major hazard reported to one of its two sides; each side once. */
    public Transition dualReport(DualReportRecipient recipient, String recipientName, String note, Actor actor,
                                 Instant at, LocalDate today) {
        allowed(LedgerAction.DUAL_REPORT);
        if (level != HazardLevel.MAJOR) {
            throw new IllegalTransition(status, LedgerAction.DUAL_REPORT, "only a major hazard is dual-reported (双报告)");
        }
        if (dualReport == null) {
            dualReport = new DualReport();
        }
        if (dualReport.reportedTo(recipient)) {
            throw new IllegalTransition(status, LedgerAction.DUAL_REPORT, "already reported to " + recipient);
        }
        dualReport.record(recipient, recipientName.strip(), actor.subject(), at);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("recipient", recipient.name());
        data.put("recipientName", recipientName.strip());
        HazardEntry entry = append(LedgerAction.DUAL_REPORT, strip(note), data, actor, at);
        return new Transition(this, entry, HazardDualReportedV1.of(this, entry, today, recipient.name(),
                recipientName.strip(), dualReport.complete()));
    }

    /** 挂牌督办: a county-or-higher regulator lists an open major hazard, with its own deadline. */
    public Transition listForSupervision(SupervisionLevel listingLevel, String authority, String documentNumber,
                                         LocalDate listingDeadline, Actor actor, Instant at, LocalDate today) {
        allowed(LedgerAction.LIST_FOR_SUPERVISION);
        Sides.requireRegulator(actor, "lists hazards for supervision (挂牌督办)");
        if (level != HazardLevel.MAJOR) {
            throw new IllegalTransition(status, LedgerAction.LIST_FOR_SUPERVISION, "only a major hazard is listed for supervision");
        }
        if (listing != null && listing.listedAt != null) {
            throw new IllegalTransition(status, LedgerAction.LIST_FOR_SUPERVISION, "already listed for supervision by "
                    + listing.authority);
        }
        listing = new SupervisionListing();
        listing.level = listingLevel;
        listing.authority = authority.strip();
        listing.documentNumber = documentNumber.strip();
        listing.deadline = listingDeadline;
        listing.listedAt = at;
        listing.listedBy = actor.subject();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("listingLevel", listingLevel.name());
        data.put("authority", listing.authority);
        data.put("documentNumber", listing.documentNumber);
        data.put("listingDeadline", listingDeadline.toString());
        HazardEntry entry = append(LedgerAction.LIST_FOR_SUPERVISION, null, data, actor, at);
        return new Transition(this, entry, HazardListedV1.of(this, entry, today, listingLevel.name(), listing.authority,
                listing.documentNumber, listingDeadline.toString()));
    }

    /** 摘牌: only a closed hazard is delisted, by a regulator. */
    public Transition delist(String note, Actor actor, Instant at, LocalDate today) {
        allowed(LedgerAction.DELIST);
        Sides.requireRegulator(actor, "delists hazards");
        if (listing == null || !listing.isListed()) {
            throw new IllegalTransition(status, LedgerAction.DELIST, "the hazard is not listed for supervision");
        }
        listing.delistedAt = at;
        listing.delistedBy = actor.subject();
        HazardEntry entry = append(LedgerAction.DELIST, strip(note), null, actor, at);
        return new Transition(this, entry, HazardDelistedV1.of(this, entry, today, strip(note)));
    }

    /** 推送“蓄水池”: the township hands what it cannot solve up to its county's pool. */
    public Transition escalateToCounty(String note, Actor actor, Instant at, LocalDate today) {
        allowed(LedgerAction.ESCALATE);
        if (escalation != null && escalation.poolRegionCode != null) {
            throw new IllegalTransition(status, LedgerAction.ESCALATE, "already in the pool of " + escalation.poolRegionCode);
        }
        if (escalation == null) {
            escalation = new Escalation();
        }
        escalation.poolRegionCode = RegionCode.of(regionCode).county().value();
        escalation.escalatedAt = at;
        escalation.escalatedBy = actor.subject();
        HazardEntry entry = append(LedgerAction.ESCALATE, strip(note),
                Map.of("poolRegionCode", escalation.poolRegionCode), actor, at);
        return new Transition(this, entry, HazardEscalatedV1.of(this, entry, today, "COUNTY_POOL",
                escalation.poolRegionCode, null, null, strip(note)));
    }

    /** 分行业推送: pushed to the industry department responsible, which then sees it in its ledger. */
    public Transition pushToDepartment(String code, String name, String note, Actor actor, Instant at, LocalDate today) {
        allowed(LedgerAction.PUSH_TO_DEPARTMENT);
        if (escalation != null && code.strip().equals(escalation.departmentCode)) {
            throw new IllegalTransition(status, LedgerAction.PUSH_TO_DEPARTMENT, "already pushed to " + code.strip());
        }
        if (escalation == null) {
            escalation = new Escalation();
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("departmentCode", LedgerData.change(escalation.departmentCode, code.strip()));
        data.put("departmentName", name.strip());
        escalation.departmentCode = code.strip();
        escalation.departmentName = name.strip();
        escalation.pushedAt = at;
        escalation.pushedBy = actor.subject();
        HazardEntry entry = append(LedgerAction.PUSH_TO_DEPARTMENT, strip(note), data, actor, at);
        return new Transition(this, entry, HazardEscalatedV1.of(this, entry, today, "INDUSTRY_DEPARTMENT",
                null, escalation.departmentCode, escalation.departmentName, strip(note)));
    }

    /**
     * 查看举报人身份: township staff revealed the identity or contact of the public report this hazard came from (or
     * duplicates). A record, not a move: the hazard stays as it is, in any status, and no event tells of it (the
     * entry names the report and the reason, never what was shown).
     */
    public HazardEntry recordReporterRevealed(UUID reportId, String trackingCode, String reason, Actor actor, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("publicReportId", reportId.toString());
        data.put("trackingCode", trackingCode);
        return append(LedgerAction.REVEAL_REPORTER, reason.strip(), data, actor, at);
    }

    /** The statuses in which a passed deadline makes a hazard overdue: open and not yet submitted for review. */
    public static final List<HazardStatus> OVERDUE_STATUSES = List.of(HazardStatus.CONFIRMED, HazardStatus.RECTIFYING);

    /** Overdue is derived (docs/domain.md): a deadline passed while the hazard is open and not yet submitted. */
    public boolean isOverdue(LocalDate today) {
        return isOverdue(deadline, status, today);
    }

    /** The same rule for a projection that holds only the deadline and the status. */
    public static boolean isOverdue(LocalDate deadline, HazardStatus status, LocalDate today) {
        return deadline != null && deadline.isBefore(today) && OVERDUE_STATUSES.contains(status);
    }

    public ResponsibleSide responsibleSide() {
        if (responsibleUnitCode != null) {
            return new ResponsibleSide(ResponsibleSide.UNIT, responsibleUnitCode, responsibleUnitName,
                    responsiblePerson, responsiblePost);
        }
        if (enterprise != null && enterprise.creditCode != null) {
            return new ResponsibleSide(ResponsibleSide.ENTERPRISE, enterprise.creditCode, enterprise.name,
                    responsiblePerson, responsiblePost);
        }
        return new ResponsibleSide(ResponsibleSide.TOWNSHIP, RegionCode.of(regionCode).township().value(), null,
                responsiblePerson, responsiblePost);
    }

    /** The status {@code action} leads to, or the 409 naming what the hazard is and what was asked. */
    private HazardStatus allowed(LedgerAction action) {
        return HazardLifecycle.next(status, action).orElseThrow(() -> new IllegalTransition(status, action));
    }

    private HazardEntry append(LedgerAction action, String note, Map<String, ?> data, Actor actor, Instant at) {
        ledgerLength++;
        updatedAt = at;
        HazardEntry entry = HazardEntry.append(id, ledgerLength, ledgerHead, action, status, note,
                LedgerData.json(data), actor, at);
        ledgerHead = entry.hash;
        return entry;
    }

    private static List<Map<String, String>> cited(List<EvidenceCited> evidence) {
        return evidence.stream().map(e -> Map.of("id", e.id(), "sha256", e.sha256(), "mediaType", e.mediaType())).toList();
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package cn.hazardledger.hazardservice.publicreport;

import cn.hazardledger.chassis.crypto.FieldCipher;
import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.chassis.web.Keyset;
import cn.hazardledger.chassis.web.Preconditions;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import cn.hazardledger.hazardservice.hazard.Actor;
import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.hazard.HazardService;
import cn.hazardledger.hazardservice.hazard.HazardStatus;
import cn.hazardledger.hazardservice.hazard.HazardView;
import cn.hazardledger.hazardservice.hazard.ReportHazardRequest;
import cn.hazardledger.hazardservice.evidence.InspectedUpload;
import io.quarkus.logging.Log;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * Public reports: the intake and the reporter's tracking (no token), and the staff's reading, triage, reveal and
 * reward, always within the caller's region. Transactions are the resources'.
 */
@ApplicationScoped
public class PublicReportService {

    @Inject
    FieldCipher cipher;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    HazardService hazards;

    /** 举报: keeps the report, its identity sealed; answers the tracking code and the secret, once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PublicReportViews.Receipt receive(PublicReportRequest request) {
        String secret = ReportSecret.next();
        String code = TrackingCode.next();
        while (PublicReport.count("trackingCode", code) > 0) {
            code = TrackingCode.next();
        }
        Instant now = Instant.now(clock);
        PublicReport report = PublicReport.receive(request, code, ReportSecret.hash(secret), now);
        ReporterSeal.seal(report, cipher, ReporterSeal.of(request));
        report.persist();
        PublicReportEntry.received(report, now).persist();
        return new PublicReportViews.Receipt(code, secret, ChinaTime.of(now), "GET /public-reports/" + code
                + "/status with the header X-Report-Secret: <secret>. Nothing is sent to you: look it up when you like.");
    }

    /** 查询进度: the report of this code and secret, or the same 404 for a wrong code or a wrong secret. */
    public PublicReportViews.Tracking track(String trackingCode, String secret) {
        return PublicReportViews.Tracking.of(findBySecret(trackingCode, secret));
    }

    /** The report of this code and secret, for the reporter's own further steps; the status read's 404 otherwise. */
    public PublicReport findBySecret(String trackingCode, String secret) {
        PublicReport report = TrackingCode.isWellFormed(trackingCode)
                ? PublicReport.<PublicReport>find("trackingCode", trackingCode).firstResult() : null;
        // the hash is compared even when there is no report, so that a wrong code takes as long as a wrong secret
        String stored = report == null ? ReportSecret.hash("no report") : report.secretSha256;
        boolean matches = ReportSecret.matches(secret, stored);
        if (report == null || !matches || secret == null) {
            throw noSuchReport();
        }
        return report;
    }

    /**
     * A photo of the reporter's, inspected by the evidence rules, kept sealed: photos only (JPEG, PNG), at most
     * PublicReportPhoto.PER_REPORT, and only while the report waits for triage (what the township decided on is fixed).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PublicReportViews.Photo addPhoto(PublicReport report, InspectedUpload upload) throws IOException {
        if (!upload.photo()) {
            throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "only photos (JPEG, PNG) are taken with a report; "
                    + "the file's bytes are " + upload.mediaType());
        }
        if (report.status != PublicReportStatus.RECEIVED) {
            throw new TriageConflict(report.status, "photos are taken only while the report waits for triage; it is " + report.status);
        }
        if (PublicReportPhoto.count("reportId", report.id) >= PublicReportPhoto.PER_REPORT) {
            throw new ProblemException(ProblemType.CONFLICT, "a report takes at most " + PublicReportPhoto.PER_REPORT + " photos");
        }
        Instant now = now();
        PublicReportPhoto photo = PublicReportPhoto.of(report, upload, cipher, now);
        photo.persist();
        PublicReportEntry.byReporter(report, "PHOTO", photo.sha256, now).persist();
        return PublicReportViews.photo(photo, null);
    }

    public List<PublicReportViews.Photo> photos(PublicReport report) {
        boolean gps = Roles.TOWNSHIP.equals(caller.role()) || Roles.REGULATOR.equals(caller.role());
        return PublicReportPhoto.<PublicReportPhoto>find("reportId = ?1 order by uploadedAt, id", report.id).stream()
                .map(p -> PublicReportViews.photo(p, gps ? p.location(cipher) : null)).toList();
    }

    public PublicReportPhoto photo(PublicReport report, UUID photoId) {
        return PublicReportPhoto.<PublicReportPhoto>findByIdOptional(photoId).filter(p -> p.reportId.equals(report.id))
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no such photo of this report in your region"));
    }

    public byte[] content(PublicReportPhoto photo) {
        return photo.content(cipher);
    }

    public PublicReportViews.Page list(PublicReportStatus status, PublicReportKind kind, String cursor, int limit) {
        Parameters params = new Parameters().and("scope", caller.region().scopePrefix() + "%");
        StringBuilder query = new StringBuilder("regionCode like :scope");
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        if (kind != null) {
            query.append(" and kind = :kind");
            params.and("kind", kind);
        }
        Keyset.newestFirstAfter(cursor, "receivedAt", "id", query, params);
        List<PublicReport> rows = PublicReport.<PublicReport>find(query.toString(), params).page(0, limit + 1).list();
        Keyset.Page<PublicReport> page = Keyset.page(rows, limit, r -> r.receivedAt, r -> r.id);
        return new PublicReportViews.Page(page.rows().stream().map(this::view).toList(), page.nextCursor());
    }

    public PublicReport findVisible(UUID id) {
        return PublicReport.<PublicReport>findByIdOptional(id)
                .filter(r -> caller.canSee(RegionCode.of(r.regionCode)))
                .orElseThrow(PublicReportService::notFound);
    }

    /** The staff view: never identity in clear; GPS for the roles that act on the report. */
    public PublicReportViews.Staff view(PublicReport report) {
        boolean gps = Roles.TOWNSHIP.equals(caller.role()) || Roles.REGULATOR.equals(caller.role());
        ReporterSeal.Opened opened;
        try {
            opened = ReporterSeal.open(report, cipher);
        } catch (FieldCipher.SealedValueRefused e) {
            // one damaged row must not take the region's list down with it; the reveal still refuses it (500)
            Log.errorf("public report %s: a sealed value does not open (%s); shown without hints", report.id, e.getMessage());
            opened = ReporterSeal.UNREADABLE;
        }
        return PublicReportViews.staff(report, opened, gps);
    }

    public List<PublicReportViews.Entry> history(PublicReport report) {
        return PublicReportEntry.<PublicReportEntry>find("reportId = ?1 order by recordedAt, id", report.id).stream()
                .map(PublicReportViews.Entry::of).toList();
    }

    /**
     * 受理: reports the hazard from it through hazard-service's own report path (source PUBLIC_REPORT or
     * WHISTLEBLOWER, discovered by "群众举报 JB-…", signed by the accepting staff), in this transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PublicReportViews.Staff accept(UUID id, String ifMatch, PublicReportRequests.Accept decision) {
        return triage(id, ifMatch, report -> {
            ReportHazardRequest.EnterpriseDto enterprise = report.enterpriseName == null ? null
                    : new ReportHazardRequest.EnterpriseDto(report.enterpriseName, report.enterpriseCreditCode, null, null, null);
            ReportHazardRequest request = new ReportHazardRequest(
                    blankOr(decision.title(), report.title), blankOr(decision.description(), report.description), null,
                    report.regionCode, decision.industry(), report.kind.source(), decision.level(), decision.hazardType(),
                    decision.riskColour(), decision.location(), enterprise, ChinaTime.of(report.receivedAt),
                    report.kind.discoverer(report.trackingCode), null);
            HazardView hazard = hazards.reportFromPublic(request, report.id);
            return report.accept(hazard.id(), decision.publicReply(), Actor.of(caller), now());
        });
    }

    /** 重复: the original must be a hazard the township sees, and not one it rejected. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PublicReportViews.Staff markDuplicate(UUID id, String ifMatch, PublicReportRequests.Duplicate decision) {
        return triage(id, ifMatch, report -> {
            Hazard original = hazards.findVisible(decision.hazardId()).orElseThrow(() ->
                    ProblemException.invalidField("hazardId", "no such hazard in your region"));
            if (original.status == HazardStatus.REJECTED) {
                throw ProblemException.invalidField("hazardId", "hazard " + original.id + " was rejected: it is no original");
            }
            return report.markDuplicate(original.id, decision.publicReply(), Actor.of(caller), now());
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public PublicReportViews.Staff rejectAsNotTrue(UUID id, String ifMatch, PublicReportRequests.NotTrue decision) {
        return triage(id, ifMatch, report -> report.rejectAsNotTrue(decision.reason(), decision.publicReply(),
                Actor.of(caller), now()));
    }

    private PublicReportViews.Staff triage(UUID id, String ifMatch, Function<PublicReport, PublicReportEntry> step) {
        PublicReport report = findVisible(id);
        Preconditions.requireMatch(ifMatch, report.version);
        if (report.status != PublicReportStatus.RECEIVED) {
            // before the step: an accept would otherwise report a hazard first
            throw new TriageConflict(report.status, "the report was already triaged as " + report.status + "; a triage is final");
        }
        return stored(report, step.apply(report));
    }

    private PublicReportViews.Staff stored(PublicReport report, PublicReportEntry entry) {
        entry.persist();
        PublicReport.flush();
        return view(report);
    }

    /**
     * 查看举报人身份: the identity and contact in clear, for township staff of the report's region, with a reason that
     * is recorded first: in the report's history, and in the ledger of the hazard it is linked to (if any).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public PublicReportViews.Revealed reveal(UUID id, String reason) {
        PublicReport report = findVisible(id);
        ReporterSeal.Opened opened = ReporterSeal.open(report, cipher);
        report.reveal(reason, Actor.of(caller), now()).persist();
        Integer sequence = report.hazardId == null ? null
                : hazards.recordReporterRevealed(report.hazardId, report.id, report.trackingCode, reason);
        return new PublicReportViews.Revealed(report.id, report.trackingCode, opened.name(), opened.phone(),
                opened.idNumber(), opened.otherContact(), opened.latitude() == null ? null
                : new PublicReportViews.Gps(opened.latitude(), opened.longitude()),
                sequence == null ? "REPORT_HISTORY" : "HAZARD_LEDGER", report.hazardId, sequence);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public PublicReportViews.Staff proposeReward(UUID id, String ifMatch, PublicReportRequests.RewardProposal proposal) {
        PublicReport report = findVisible(id);
        Preconditions.requireMatch(ifMatch, report.version);
        RewardRule.Candidate candidate = candidate(report);
        List<RewardRule.Candidate> ofHazard = report.hazardId == null ? List.of(candidate)
                : PublicReport.<PublicReport>find("hazardId", report.hazardId).stream().map(PublicReportService::candidate).toList();
        RewardRule.refusal(candidate, ofHazard).ifPresent(why -> {
            throw new RewardRefused(why);
        });
        return stored(report, report.proposeReward(proposal.amountYuan(), Actor.of(caller), now()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public PublicReportViews.Staff approveReward(UUID id, String ifMatch, PublicReportRequests.RewardApproval approval) {
        PublicReport report = findVisible(id);
        Preconditions.requireMatch(ifMatch, report.version);
        return stored(report, report.approveReward(approval.note(), Actor.of(caller), now()));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public PublicReportViews.Staff recordPayment(UUID id, String ifMatch, PublicReportRequests.RewardPayment payment) {
        PublicReport report = findVisible(id);
        Preconditions.requireMatch(ifMatch, report.version);
        // against the service's clock (China date), once the report is found and its version matched
        if (payment.paidOn().isAfter(LocalDate.ofInstant(now(), ChinaTime.ZONE))) {
            throw ProblemException.invalidField("paidOn", "must not be after today: record a payment once it is made");
        }
        return stored(report, report.recordPayment(payment.paidOn(), Actor.of(caller), now()));
    }

    private static RewardRule.Candidate candidate(PublicReport r) {
        return new RewardRule.Candidate(r.id, r.trackingCode, r.status, r.receivedAt, r.rewardProposedAt != null);
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private static String blankOr(String given, String otherwise) {
        return given == null || given.isBlank() ? otherwise : given.strip();
    }

    static ProblemException notFound() {
        return new ProblemException(ProblemType.NOT_FOUND, "no such public report in your region");
    }

    /** One answer for a wrong code and a wrong secret: which of the two was wrong is not told. */
    static ProblemException noSuchReport() {
        return new ProblemException(ProblemType.NOT_FOUND, "no report with this tracking code and secret");
    }
}

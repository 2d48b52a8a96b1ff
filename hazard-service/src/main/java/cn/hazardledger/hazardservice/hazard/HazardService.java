package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.outbox.Outbox;
import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.chassis.web.Preconditions;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import cn.hazardledger.hazardservice.ledger.HazardEntry;
import cn.hazardledger.hazardservice.ledger.LedgerEntryView;
import cn.hazardledger.hazardservice.ledger.LedgerNumbers;
import cn.hazardledger.hazardservice.standard.DeterminationStandards;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reporting, reviewing and reading hazards, always within the caller's scope ({@link HazardScope}); and the one
 * way every later step is applied ({@link #change}). Transactions are the resources'.
 */
@ApplicationScoped
public class HazardService {

    @Inject
    ReadingConfig reading;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    LedgerNumbers ledgerNumbers;

    @Inject
    DeterminationStandards standards;

    @Transactional(Transactional.TxType.MANDATORY)
    public HazardView report(ReportHazardRequest request) {
        RegionCode region = RegionCode.of(request.regionCode());
        if (!caller.canSee(region)) {
            throw ProblemException.invalidField("regionCode", "outside your region " + caller.region());
        }
        Actor reporter = Actor.of(caller);
        if (Roles.ENTERPRISE.equals(reporter.role())) {
            String own = caller.creditCode().orElse(null);
            if (request.enterprise() == null || request.enterprise().creditCode() == null
                    || !request.enterprise().creditCode().equals(own)) {
                throw ProblemException.invalidField("enterprise.creditCode", "an enterprise reports its own hazards: "
                        + "give your enterprise with the credit code your token carries (" + own + ")");
            }
        }
        return stored(Hazard.report(request, region, signed(reporter, request.signature()), now()));
    }

    /**
     * 受理群众举报: the hazard a township makes of a public report it accepted, through the same report as any other
     * (REPORT entry, hazard.reported.v1), signed by the township staff who accepted it, and pointing back at the
     * report. What the request carries is the caller's to choose: nothing of the reporter goes into it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public HazardView reportFromPublic(ReportHazardRequest request, UUID publicReportId) {
        RegionCode region = RegionCode.of(request.regionCode());
        if (!caller.canSee(region)) {
            throw notFound();
        }
        Transition reported = Hazard.report(request, region, Actor.of(caller), now());
        reported.hazard().publicReportId = publicReportId;
        return stored(reported);
    }

    /**
     * Records in the ledger of a hazard the caller can see that the identity of its public report was revealed; no
     * event. Answers the entry's sequence.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int recordReporterRevealed(UUID hazardId, UUID reportId, String trackingCode, String reason) {
        Hazard hazard = findVisible(hazardId).orElseThrow(HazardService::notFound);
        var entry = hazard.recordReporterRevealed(reportId, trackingCode, reason, Actor.of(caller), now());
        entry.persist();
        return entry.sequence;
    }

    /** 谁检查、谁签名、谁负责: people sign with their own name; another system needs no signature. */
    private Actor signed(Actor reporter, String signature) {
        if (Roles.SYSTEM.equals(reporter.role())) {
            return signature == null || signature.isBlank() ? reporter : reporter.signedAs(signature.strip());
        }
        if (signature == null || signature.isBlank()) {
            throw ProblemException.invalidField("signature", "must not be blank: the reporter signs with their name (谁检查、谁签名、谁负责)");
        }
        Optional<String> name = caller.name();
        if (name.isPresent() && !name.get().equals(signature.strip())) {
            throw ProblemException.invalidField("signature", "must be the name your token carries (" + name.get() + ")");
        }
        return reporter.signedAs(signature.strip());
    }

    /** 核实纳入台账 and 定级, with the next ledger number of the hazard's county and the current year. */
    @Transactional(Transactional.TxType.MANDATORY)
    public HazardView confirm(UUID id, String ifMatch, Confirmation decision) {
        return change(id, ifMatch, hazard -> {
            HazardLevel level = decision.level() != null ? decision.level() : hazard.level;
            Industry industry = decision.industry() != null ? decision.industry() : hazard.industry;
            if (level == HazardLevel.MAJOR && decision.standardCode() != null && !decision.standardCode().isBlank()) {
                String code = decision.standardCode().strip();
                var standard = standards.find(code).orElseThrow(() -> new InvalidStep("standardCode",
                        "no determination standard " + code + " in the catalogue (GET /determination-standards)"));
                if (!standard.inForce()) {
                    throw new InvalidStep("standardCode", code + " is no longer in force"
                            + (standard.supersededBy() == null ? "" : ": use " + standard.supersededBy()));
                }
                if (!standards.appliesTo(code, industry)) {
                    throw new InvalidStep("standardCode", code + " does not apply to the industry " + industry);
                }
            }
            // a refused confirmation rolls the counter back with it: the number is never given
            String number = ledgerNumbers.next(RegionCode.of(hazard.regionCode).county().value(), today().getYear());
            return hazard.confirm(decision, number, Actor.of(caller), now());
        });
    }

    /** 退回: not true, or a duplicate of an original the caller can see. */
    @Transactional(Transactional.TxType.MANDATORY)
    public HazardView reject(UUID id, String ifMatch, RejectionRequest rejection) {
        boolean duplicate = rejection.reason() == RejectionRequest.RejectionReason.DUPLICATE;
        if (duplicate && rejection.duplicateOf() == null) {
            throw ProblemException.invalidField("duplicateOf", "must name the original hazard when the reason is DUPLICATE");
        }
        if (!duplicate && rejection.duplicateOf() != null) {
            throw ProblemException.invalidField("duplicateOf", "only a DUPLICATE names an original");
        }
        return change(id, ifMatch, hazard -> {
            // the original is looked for once the hazard itself is found: a caller outside its region gets the 404
            // every hazard path gives there, not a 400 about the original
            Hazard original = duplicate ? findVisible(rejection.duplicateOf()).orElseThrow(() ->
                    ProblemException.invalidField("duplicateOf", "no such hazard in your region")) : null;
            return hazard.reject(rejection.reason().name(), rejection.note(), original, Actor.of(caller), now());
        });
    }

    /**
     * Applies one step to a hazard the caller can see, against the version they saw (If-Match), and keeps what
     * it did: entry, records and event commit with the hazard or not at all.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public HazardView change(UUID id, String ifMatch, Function<Hazard, Transition> step) {
        Hazard hazard = findVisible(id).orElseThrow(HazardService::notFound);
        Preconditions.requireMatch(ifMatch, hazard.version);
        return stored(step.apply(hazard));
    }

    private HazardView stored(Transition transition) {
        Hazard hazard = transition.hazard();
        if (!hazard.isPersistent()) {
            hazard.persist();
        }
        transition.records().forEach(r -> r.persist());
        transition.entry().persist();
        outbox.append(transition.event());
        // flush so that the answer carries the version the next If-Match must name
        Hazard.flush();
        return view(hazard);
    }

    public static ProblemException notFound() {
        return new ProblemException(ProblemType.NOT_FOUND, "no such hazard in your region");
    }

    public Optional<Hazard> findVisible(UUID id) {
        HazardScope scope = HazardScope.of(caller);
        return Hazard.<Hazard>findByIdOptional(id).filter(scope::sees);
    }

    public HazardView view(Hazard hazard) {
        return HazardView.of(hazard, today(), disclosure());
    }

    /** How an answer about one hazard shows personal data to this caller. */
    public Disclosure disclosure() {
        return Disclosure.forOne(caller.role());
    }

    public HazardPage list(HazardFilter filter, HazardSort sort, String cursorToken, int limit) {
        List<Hazard> rows = filter.hasText() ? textSearch(filter, sort, cursorToken, limit) : null;
        if (rows == null) {
            Parameters params = new Parameters();
            StringBuilder query = where(filter, params);
            sort.appendTo(query, params, cursorToken);
            rows = Hazard.<Hazard>find(query.toString(), params).page(0, limit + 1).list();
        }
        LocalDate today = today();
        List<HazardView> items = rows.stream().limit(limit).map(h -> HazardView.of(h, today, Disclosure.MASKED)).toList();
        return new HazardPage(items, rows.size() > limit ? sort.cursorAfter(rows.get(limit - 1)) : null);
    }

    /**
     * Free text without trusting the planner, which cannot tell a common word from a rare one: it multiplies the
     * frequencies of a word's bigrams as if they were independent, which they are not. Left to itself it either
     * fetches every match of a common word to sort them, or walks a whole county newest first looking for a rare
     * one (hazard-service/README.md, "Reading at county scale", has both plans).
     * <ol>
     * <li>The rows of the caller's scope in the page's own order are read in two windows (reading.text-window,
     * then reading.text-wide-window after it) and tested against the filters and the words: a full page among
     * them is exactly the page, since no later row can come before them. A word in a few percent of the rows is
     * answered here.</li>
     * <li>Otherwise the word is rare where the filters look, and the bigram index finds every match with no
     * order asked for (so the planner has no index order to walk); they are ordered here and the page's
     * hazards read. More matches than reading.text-candidates: answered by the one query after all (null).</li>
     * </ol>
     */
    private List<Hazard> textSearch(HazardFilter filter, HazardSort sort, String cursorToken, int limit) {
        List<UUID> page = new ArrayList<>();
        String after = cursorToken;
        for (int window : new int[]{reading.textWindow(), reading.textWideWindow()}) {
            // the window is rows of the scope alone, so that a selective filter cannot stretch the walk over a county
            Parameters params = new Parameters();
            StringBuilder match = new StringBuilder("(1 = 1");
            filter.withoutText().appendTo(match, params, today());
            match.append(" and ").append(filter.textMatch(params)).append(")");
            StringBuilder query = new StringBuilder("select ").append(HazardSort.IN_MEMORY_COLUMNS).append(", case when ")
                    .append(match).append(" then true else false end from Hazard where ")
                    .append(HazardScope.of(caller).predicate(params));
            sort.appendTo(query, params, after);
            List<Object[]> rows = rows(query, params, window);
            rows.stream().filter(r -> (Boolean) r[4]).limit(limit + 1L - page.size()).forEach(r -> page.add((UUID) r[0]));
            if (page.size() > limit || rows.size() < window) {
                return hazardsOf(page);
            }
            after = sort.cursorAfter(rows.get(rows.size() - 1));
        }
        Parameters all = new Parameters();
        StringBuilder matches = new StringBuilder("select ").append(HazardSort.IN_MEMORY_COLUMNS)
                .append(" from Hazard where ").append(where(filter, all));
        sort.appendAfter(matches, all, cursorToken);
        List<Object[]> candidates = rows(matches, all, reading.textCandidates() + 1);
        if (candidates.size() > reading.textCandidates()) {
            return null;
        }
        return hazardsOf(candidates.stream().sorted(sort.inMemory()).limit(limit + 1L).map(r -> (UUID) r[0]).toList());
    }

    private static List<Hazard> hazardsOf(List<UUID> ids) {
        Map<UUID, Hazard> found = ids.isEmpty() ? Map.of()
                : Hazard.<Hazard>list("id in ?1", ids).stream().collect(Collectors.toMap(h -> h.id, h -> h));
        return ids.stream().map(found::get).toList();
    }

    private static List<Object[]> rows(StringBuilder query, Parameters params, int max) {
        var read = Hazard.getEntityManager().createQuery(query.toString(), Object[].class).setMaxResults(max);
        params.map().forEach(read::setParameter);
        return read.getResultList();
    }

    /** The caller's scope and the filters, as the JPQL condition every reading of the ledger starts from. */
    public StringBuilder where(HazardFilter filter, Parameters params) {
        StringBuilder query = new StringBuilder(HazardScope.of(caller).predicate(params));
        filter.appendTo(query, params, today(), HazardScope.of(caller).regionPrefix());
        return query;
    }

    public List<HazardView> duplicatesOf(Hazard original) {
        HazardScope scope = HazardScope.of(caller);
        LocalDate today = today();
        return Hazard.<Hazard>find("duplicateOf = ?1 order by reportedAt, id", original.id).stream()
                .filter(scope::sees).map(h -> HazardView.of(h, today, Disclosure.MASKED)).toList();
    }

    public List<LedgerEntryView> entries(Hazard hazard) {
        return HazardEntry.<HazardEntry>find("hazardId = ?1 order by sequence", hazard.id).stream()
                .map(e -> LedgerEntryView.of(e, disclosure())).toList();
    }

    public Instant now() {
        return Instant.now(clock);
    }

    /** The date in China, against which deadlines are read. */
    public LocalDate today() {
        return LocalDate.ofInstant(now(), ChinaTime.ZONE);
    }
}

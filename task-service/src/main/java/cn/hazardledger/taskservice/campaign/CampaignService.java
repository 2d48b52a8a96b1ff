package cn.hazardledger.taskservice.campaign;

import cn.hazardledger.chassis.outbox.Outbox;
import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.chassis.web.Keyset;
import cn.hazardledger.chassis.web.Preconditions;
import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import cn.hazardledger.taskservice.campaign.breakdown.BreakdownImport;
import cn.hazardledger.taskservice.campaign.breakdown.ImportProblem;
import cn.hazardledger.taskservice.campaign.breakdown.ImportResult;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Campaigns and their breakdown tables, within the caller's region and the regions above it. */
@ApplicationScoped
public class CampaignService {

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public CampaignView create(CampaignRequest request) {
        RegionCode region = RegionCode.of(request.regionCode());
        if (!caller.canSee(region)) {
            throw ProblemException.invalidField("regionCode", "outside your region " + caller.region());
        }
        Instant now = Instant.now(clock);
        Campaign c = new Campaign();
        c.id = UUID.randomUUID();
        c.title = request.title().strip();
        c.documentNumber = strip(request.documentNumber());
        c.issuingBody = strip(request.issuingBody());
        c.regionCode = region.value();
        c.year = request.year();
        c.status = CampaignStatus.DRAFT;
        c.createdBy = caller.subject();
        c.createdAt = now;
        c.updatedAt = now;
        c.persist();
        List<CampaignRequest.Phase> phases = request.phases() == null ? List.of() : request.phases();
        for (int i = 0; i < phases.size(); i++) {
            CampaignPhase p = new CampaignPhase();
            p.campaignId = c.id;
            p.position = i + 1;
            p.name = phases.get(i).name().strip();
            p.endsOn = phases.get(i).endsOn();
            p.persist();
        }
        Campaign.flush();
        return view(c);
    }

    /**
     * Imports the breakdown table into a DRAFT campaign: all or nothing. A bad file changes nothing and is
     * answered with every bad row and column; the same file again changes nothing; another file replaces the
     * breakdown while the campaign is a draft.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public BreakdownImported importBreakdown(UUID id, String ifMatch, byte[] content, String fileName) {
        Campaign c = findChangeable(id);
        Preconditions.requireMatch(ifMatch, c.version);
        String sha256 = sha256(content);
        if (sha256.equals(c.breakdownSha256)) {
            return BreakdownImported.of(c, CampaignTree.counts(items(c), today()), false);
        }
        if (c.status != CampaignStatus.DRAFT) {
            throw new ProblemException(Problem.of(ProblemType.CONFLICT, "a " + c.status + " campaign's breakdown is "
                    + "fixed; only a DRAFT imports a table").with(Map.of("currentStatus", c.status.name(),
                    "refusedAction", "IMPORT_BREAKDOWN")));
        }
        ImportResult result = BreakdownImport.read(content, fileName, c.year);
        if (result instanceof ImportResult.Rejected rejected) {
            throw BreakdownProblems.of(rejected.problems());
        }
        ImportResult.Imported imported = (ImportResult.Imported) result;
        CampaignItem.delete("campaignId = ?1", c.id);
        CampaignItem.flush();
        List<CampaignItem> items = BreakdownItems.of(c.id, imported.breakdown());
        items.forEach(i -> i.persist());
        c.breakdownSha256 = sha256;
        c.breakdownTitle = imported.title().isBlank() ? null : imported.title();
        c.updatedAt = Instant.now(clock);
        Campaign.flush();
        CampaignTree.Counts counts = CampaignTree.counts(items, today());
        outbox.append(CampaignBreakdownImportedV1.of(c, counts, items));
        return BreakdownImported.of(c, counts, true);
    }

    /** 发布: a DRAFT campaign with its breakdown goes into force; its tasks then take progress reports. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CampaignView publish(UUID id, String ifMatch) {
        Campaign c = findChangeable(id);
        Preconditions.requireMatch(ifMatch, c.version);
        if (c.status != CampaignStatus.DRAFT) {
            throw new ProblemException(Problem.of(ProblemType.CONFLICT, "only a DRAFT campaign is published")
                    .with(Map.of("currentStatus", c.status.name(), "refusedAction", "PUBLISH")));
        }
        if (c.breakdownSha256 == null) {
            throw new ProblemException(Problem.of(ProblemType.CONFLICT, "import the breakdown table before publishing")
                    .with(Map.of("currentStatus", c.status.name(), "refusedAction", "PUBLISH")));
        }
        c.status = CampaignStatus.PUBLISHED;
        c.updatedAt = Instant.now(clock);
        c.publishedAt = c.updatedAt;
        Campaign.flush();
        List<CampaignItem> items = items(c);
        outbox.append(CampaignPublishedV1.of(c, CampaignTree.counts(items, today()), caller.subject()));
        // each specific task is now assigned to its units and leaders
        Map<UUID, CampaignItem> byId = new java.util.HashMap<>();
        items.forEach(i -> byId.put(i.id, i));
        items.stream().filter(i -> i.level == CampaignItem.Level.SPECIFIC_TASK).forEach(task -> {
            CampaignItem key = byId.get(task.parentId);
            CampaignItem action = byId.get(key.parentId);
            outbox.append(CampaignTaskV1.of(CampaignTaskV1.ASSIGNED, c, task, action.number, key.number, null,
                    task.deadline, c.updatedAt));
        });
        return view(c);
    }

    /** 结束: a PUBLISHED campaign ends; its tasks take no more reports and no more instances are opened. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CampaignView close(UUID id, String ifMatch) {
        Campaign c = findChangeable(id);
        Preconditions.requireMatch(ifMatch, c.version);
        if (c.status != CampaignStatus.PUBLISHED) {
            throw new ProblemException(Problem.of(ProblemType.CONFLICT, "only a PUBLISHED campaign is closed")
                    .with(Map.of("currentStatus", c.status.name(), "refusedAction", "CLOSE")));
        }
        c.status = CampaignStatus.CLOSED;
        c.updatedAt = Instant.now(clock);
        Campaign.flush();
        return view(c);
    }

    /**
     * A campaign the caller may change (import its table, publish, close): one of the caller's region or below it.
     * A campaign of a region above is read there (the county's plan by its townships), but changed only by its own
     * side: 403 saying so (it is visible, so the answer reveals nothing); out of sight 404 as ever.
     */
    Campaign findChangeable(UUID id) {
        Campaign c = findVisible(id).orElseThrow(CampaignService::notFound);
        if (!caller.canSee(RegionCode.of(c.regionCode))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "the campaign is " + c.regionCode
                    + "'s, a wider region than yours: only its own township or regulator changes it");
        }
        return c;
    }

    public Optional<Campaign> findVisible(UUID id) {
        return Campaign.<Campaign>findByIdOptional(id).filter(this::visible);
    }

    /** A campaign of the caller's region or below it, or of a region above it (their county's, their city's). */
    boolean visible(Campaign c) {
        RegionCode region = RegionCode.of(c.regionCode);
        return caller.canSee(region) || region.covers(caller.region());
    }

    public CampaignPage list(String cursorToken, int limit) {
        RegionCode own = caller.region();
        StringBuilder query = new StringBuilder("(regionCode like :scope or regionCode in :above)");
        Parameters params = Parameters.with("scope", own.scopePrefix() + "%").and("above", CampaignScope.above(own));
        Keyset.newestFirstAfter(cursorToken, "createdAt", "id", query, params);
        Keyset.Page<Campaign> page = Keyset.page(Campaign.<Campaign>find(query.toString(), params).page(0, limit + 1).list(),
                limit, c -> c.createdAt, c -> c.id);
        return new CampaignPage(page.rows().stream().map(this::view).toList(), page.nextCursor());
    }

    public CampaignView view(Campaign c) {
        List<CampaignPhase> phases = CampaignPhase.list("campaignId = ?1 order by position", c.id);
        return CampaignView.of(c, phases);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ChinaTime.ZONE));
    }

    public CampaignTree tree(Campaign c) {
        LocalDate today = today();
        @SuppressWarnings("unchecked")
        List<UUID> late = TaskInstance.getEntityManager().createQuery("""
                        select distinct t.itemId from TaskInstance t
                        where t.campaignId = :campaign and t.status = 'OPEN' and t.due < :today""")
                .setParameter("campaign", c.id).setParameter("today", today).getResultList();
        return CampaignTree.of(items(c), today, java.util.Set.copyOf(late));
    }

    public List<CampaignItem> items(Campaign c) {
        return CampaignItem.list("campaignId = ?1 order by level, position", c.id);
    }

    public static ProblemException notFound() {
        return new ProblemException(ProblemType.NOT_FOUND, "no such campaign in your region");
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The import problems as one 400: errors[] names each column, problems[] each row, in Chinese. */
    static final class BreakdownProblems {
        private BreakdownProblems() {
        }

        static ProblemException of(List<ImportProblem> problems) {
            List<Problem.FieldError> errors = problems.stream()
                    .map(p -> new Problem.FieldError(p.column().isEmpty() ? "file" : p.column(), p.message())).toList();
            return new ProblemException(Problem.invalid("任务分解表有 " + problems.size() + " 处问题，未导入任何内容 / the "
                    + "breakdown table has " + problems.size() + " problem(s); nothing was imported", errors)
                    .with(Map.of("problems", problems)));
        }
    }
}

package cn.hazardledger.notifyservice.routing;

import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.web.Keyset;
import cn.hazardledger.chassis.web.Preconditions;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The rules a regulator manages for their region, each change audited in the same transaction. A regulator sees
 * and changes the rules inside their region; the rules of wider regions apply to them too and are listed, read-only.
 */
@ApplicationScoped
public class RoutingRules {

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    ObjectMapper json;

    /**
     * What an administrator edits first: the rules made inside the caller's region, then those of wider regions
     * that apply to it, then the shipped ones.
     */
    public List<RoutingRuleView> list(String eventType) {
        RegionCode region = caller.region();
        List<RoutingRuleView> views = new ArrayList<>();
        List<RoutingRule> stored = RoutingRule.<RoutingRule>list("order by createdAt desc, id").stream()
                .filter(r -> eventType == null || r.eventType.equals(eventType)).toList();
        stored.stream().filter(r -> r.regionCode.startsWith(region.scopePrefix())).map(RoutingRuleView::of)
                .forEach(views::add);
        stored.stream().filter(r -> !r.regionCode.startsWith(region.scopePrefix())
                && RegionCode.of(r.regionCode).covers(region)).map(RoutingRuleView::of).forEach(views::add);
        DefaultRules.ALL.stream().filter(r -> eventType == null || r.eventType().equals(eventType))
                .map(RoutingRuleView::of).forEach(views::add);
        return views;
    }

    public RoutingRuleView get(String id) {
        caller.region();
        if (id.startsWith(DefaultRules.PREFIX)) {
            return DefaultRules.ALL.stream().filter(r -> r.key().equals(id)).findFirst().map(RoutingRuleView::of)
                    .orElseThrow(RoutingRules::notFound);
        }
        return RoutingRuleView.of(visible(id));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public RoutingRuleView create(RoutingRuleRequest request) {
        inScope(request.regionCode());
        RuleChecks.check(request);
        RoutingRule rule = new RoutingRule();
        rule.id = UUID.randomUUID();
        rule.createdAt = Instant.now(clock);
        apply(rule, request);
        rule.persist();
        rule.flush();
        audit(rule.id, "CREATE", null, RoutingRuleView.of(rule));
        return RoutingRuleView.of(rule);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public RoutingRuleView update(String id, RoutingRuleRequest request, String ifMatch) {
        RoutingRule rule = changeable(id, ifMatch);
        inScope(request.regionCode());
        RuleChecks.check(request);
        RoutingRuleView before = RoutingRuleView.of(rule);
        apply(rule, request);
        rule.flush();
        RoutingRuleView after = RoutingRuleView.of(rule);
        audit(rule.id, "UPDATE", before, after);
        return after;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void delete(String id, String ifMatch) {
        RoutingRule rule = changeable(id, ifMatch);
        audit(rule.id, "DELETE", RoutingRuleView.of(rule), null);
        rule.delete();
    }

    /** Who the rules in force would tell: the shipped ones and every enabled stored one of the event's type. */
    public List<Route> routes(Occurrence o) {
        List<Rule> all = new ArrayList<>(DefaultRules.ALL);
        RoutingRule.<RoutingRule>list("eventType = ?1 and enabled = true", o.type()).forEach(r -> all.add(r.toRule()));
        return Router.routes(all, o);
    }

    public RoutingRuleAuditView.Page audit(UUID ruleId, String cursor, int limit) {
        caller.region();
        Parameters params = Parameters.with("scope", caller.region().scopePrefix() + "%");
        StringBuilder query = new StringBuilder("from RoutingRuleAudit a where a.actorRegion like :scope");
        if (ruleId != null) {
            query.append(" and a.ruleId = :rule");
            params.and("rule", ruleId);
        }
        Keyset.newestFirstAfter(cursor, "a.at", "a.id", query, params);
        Keyset.Page<RoutingRuleAudit> page = Keyset.page(RoutingRuleAudit.<RoutingRuleAudit>find(query.toString(), params)
                .page(0, limit + 1).list(), limit, a -> a.at, a -> a.id);
        return new RoutingRuleAuditView.Page(page.rows().stream().map(RoutingRuleAuditView::of).toList(), page.nextCursor());
    }

    /** A stored rule of the caller's region whose version If-Match names; a shipped rule never (409). */
    private RoutingRule changeable(String id, String ifMatch) {
        if (id.startsWith(DefaultRules.PREFIX)) {
            get(id);
            // a shipped rule has no ETag: only "*" matches it, and then it is the change itself that is refused
            if (ifMatch == null || ifMatch.isBlank()) {
                Preconditions.requireMatch(ifMatch, 0);
            }
            if (!ifMatch.strip().equals("*")) {
                throw new ProblemException(ProblemType.PRECONDITION_FAILED, "a shipped rule has no ETag: If-Match "
                        + "cannot name a version of it");
            }
            throw new ProblemException(ProblemType.CONFLICT, "the rules that ship do not change: add a rule to slot "
                    + "of " + id + " for your region, which replaces it there");
        }
        RoutingRule rule = visible(id);
        if (!rule.regionCode.startsWith(caller.region().scopePrefix())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "the rule was made for " + rule.regionCode
                    + ", a wider region than yours: only its regulators change it");
        }
        Preconditions.requireMatch(ifMatch, rule.version);
        return rule;
    }

    /** Rules inside the caller's region, or of a wider region that applies to it; anything else is not found. */
    private RoutingRule visible(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
        RegionCode region = caller.region();
        return RoutingRule.<RoutingRule>findByIdOptional(uuid)
                .filter(r -> r.regionCode.startsWith(region.scopePrefix()) || RegionCode.of(r.regionCode).covers(region))
                .orElseThrow(RoutingRules::notFound);
    }

    private void inScope(String regionCode) {
        if (!regionCode.startsWith(caller.region().scopePrefix())) {
            throw new ProblemException(ProblemType.FORBIDDEN, "regionCode " + regionCode
                    + " is outside your region " + caller.region().value());
        }
    }

    private void apply(RoutingRule rule, RoutingRuleRequest r) {
        rule.name = r.name().strip();
        rule.eventType = r.eventType();
        rule.regionCode = r.regionCode();
        rule.industry = r.industry();
        rule.level = r.level();
        rule.audience = r.audience();
        rule.audienceRole = r.audienceRole();
        rule.audienceLevel = r.audienceLevel();
        rule.audienceParty = r.audienceParty() == null ? null : r.audienceParty().strip();
        rule.kind = r.kind();
        rule.slot = r.slot();
        rule.dualReportSide = r.dualReportSide();
        rule.enabled = r.enabled() == null || r.enabled();
        rule.updatedAt = Instant.now(clock);
        rule.updatedBy = caller.subject();
    }

    private void audit(UUID ruleId, String action, RoutingRuleView before, RoutingRuleView after) {
        RoutingRuleAudit a = new RoutingRuleAudit();
        a.id = UUID.randomUUID();
        a.ruleId = ruleId;
        a.action = action;
        a.actor = caller.subject();
        a.actorRole = caller.role();
        a.actorRegion = caller.region().value();
        a.at = Instant.now(clock);
        a.before = write(before);
        a.after = write(after);
        a.persist();
    }

    private String write(RoutingRuleView view) {
        try {
            return view == null ? null : json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ProblemException notFound() {
        return new ProblemException(ProblemType.NOT_FOUND, "no such routing rule in your region");
    }
}

package cn.hazardledger.notifyservice.routing;

import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.notifyservice.inbox.Recipient;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who hears of an occurrence, by the rules: pure, so that every rule is tested without a database. A recipient
 * chosen by two rules hears once, through the first (dual-report rules sort first, since their notification
 * carries the side that must acknowledge). Nothing is ever addressed to the public: a whistle-blower or a
 * public reporter has no inbox, and is never told anything by this service.
 */
public final class Router {

    private static final Set<String> NEVER = Set.of(Roles.PUBLIC);

    private Router() {
    }

    public static List<Route> routes(List<Rule> rules, Occurrence occurrence) {
        List<Rule> applying = applying(rules, occurrence);
        applying.sort(Comparator.comparingInt((Rule r) -> r.dualReportSide() == null ? 1 : 0));
        Map<Recipient, Route> routes = new LinkedHashMap<>();
        for (Rule rule : applying) {
            for (Recipient r : Audiences.resolve(rule, occurrence)) {
                if (!NEVER.contains(r.role())) {
                    routes.putIfAbsent(r, new Route(r, rule));
                }
            }
        }
        return new ArrayList<>(routes.values());
    }

    /** The matching rules, keeping in each slot only the most specific ones (ties all apply). */
    static List<Rule> applying(List<Rule> rules, Occurrence occurrence) {
        Map<String, List<Rule>> bySlot = new LinkedHashMap<>();
        List<Rule> applying = new ArrayList<>();
        for (Rule rule : rules) {
            if (!rule.matches(occurrence)) {
                continue;
            }
            if (rule.slot() == null) {
                applying.add(rule);
            } else {
                bySlot.computeIfAbsent(rule.slot(), s -> new ArrayList<>()).add(rule);
            }
        }
        for (List<Rule> slot : bySlot.values()) {
            Rule best = slot.stream().max(Rule.SPECIFICITY).orElseThrow();
            slot.stream().filter(r -> Rule.SPECIFICITY.compare(r, best) == 0).forEach(applying::add);
        }
        return applying;
    }
}

package cn.hazardledger.notifyservice.routing;

import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.notifyservice.inbox.NotificationKind;

import java.util.Comparator;
import java.util.function.Predicate;

/**
 * One routing rule: when an event of {@code eventType} happens inside {@code regionCode} (anywhere when null),
 * of {@code industry} and {@code level} when they are set, tell {@code audience}. Rules of one slot compete: in
 * each slot only the most specific matching rules apply (a county's rule over the default, an industry's over
 * the county's), so a region changes a default by adding a rule to its slot (docs/routing.md).
 *
 * @param key   {@code default:<name>} for the rules that ship, else the stored rule's id
 * @param extra a further condition only the shipped rules use (e.g. "not a hazard's rectification task")
 */
public record Rule(String key, String name, String eventType, String regionCode, String industry, String level,
                   Audience audience, String audienceRole, RegionLevel audienceLevel, String audienceParty,
                   NotificationKind kind, String slot, DualReportSide dualReportSide,
                   Predicate<Occurrence> extra) {

    /** Deeper region first, then a set industry, then a set level: what "more specific" means within a slot. */
    static final Comparator<Rule> SPECIFICITY = Comparator
            .comparingInt((Rule r) -> r.regionCode == null ? 0 : RegionCode.of(r.regionCode).scopePrefix().length())
            .thenComparingInt(r -> r.industry == null ? 0 : 1)
            .thenComparingInt(r -> r.level == null ? 0 : 1);

    public boolean builtIn() {
        return key.startsWith(DefaultRules.PREFIX);
    }

    boolean matches(Occurrence o) {
        return eventType.equals(o.type())
                && (regionCode == null || RegionCode.of(regionCode).covers(RegionCode.of(o.regionCode())))
                && (industry == null || o.industry().map(industry::equals).orElse(false))
                && (level == null || o.level().map(level::equals).orElse(false))
                && (extra == null || extra.test(o));
    }
}

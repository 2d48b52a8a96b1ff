package cn.hazardledger.notifyservice.routing;

import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.notifyservice.inbox.NotificationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "RoutingRule", description = "路由规则: a shipped rule (builtIn, id default:<name>, regionCode null = "
        + "everywhere) or one a regulator added for their region")
public record RoutingRuleView(String id, boolean builtIn, String name, String eventType, String regionCode,
                              String industry, String level, Audience audience, String audienceRole,
                              RegionLevel audienceLevel, String audienceParty, NotificationKind kind, String slot,
                              DualReportSide dualReportSide, boolean enabled, Integer version,
                              OffsetDateTime updatedAt, String updatedBy) {

    public RoutingRuleView {
        updatedAt = updatedAt == null ? null : ChinaTime.of(updatedAt.toInstant());
    }

    static RoutingRuleView of(Rule r) {
        return new RoutingRuleView(r.key(), true, r.name(), r.eventType(), r.regionCode(), r.industry(), r.level(),
                r.audience(), r.audienceRole(), r.audienceLevel(), r.audienceParty(), r.kind(), r.slot(),
                r.dualReportSide(), true, null, null, null);
    }

    static RoutingRuleView of(RoutingRule r) {
        return new RoutingRuleView(r.id.toString(), false, r.name, r.eventType, r.regionCode, r.industry, r.level,
                r.audience, r.audienceRole, r.audienceLevel, r.audienceParty, r.kind, r.slot, r.dualReportSide,
                r.enabled, r.version, ChinaTime.of(r.updatedAt), r.updatedBy);
    }
}

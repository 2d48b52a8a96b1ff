package cn.hazardledger.notifyservice.routing;

import cn.hazardledger.chassis.web.ChinaTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "RoutingRuleAudit", description = "one change of a routing rule: who, when, before and after (JSON)")
public record RoutingRuleAuditView(UUID id, UUID ruleId, @Schema(enumeration = {"CREATE", "UPDATE", "DELETE"}) String action,
                                   String actor, String actorRole, String actorRegion, OffsetDateTime at,
                                   String before, String after) {

    static RoutingRuleAuditView of(RoutingRuleAudit a) {
        return new RoutingRuleAuditView(a.id, a.ruleId, a.action, a.actor, a.actorRole, a.actorRegion,
                ChinaTime.of(a.at), a.before, a.after);
    }

    @Schema(name = "RoutingRuleAuditPage", description = "newest first; pass nextCursor back as cursor")
    public record Page(List<RoutingRuleAuditView> items, String nextCursor) {
    }
}

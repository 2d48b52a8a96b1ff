package cn.hazardledger.notifyservice.routing;

import cn.hazardledger.notifyservice.inbox.NotificationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoutingPreview", description = "one inbox that would be told, and the rule that chose it")
public record PreviewRoute(String role, String regionCode, @Schema(description = "unit code, credit code or name:<name>; "
        + "null for a role's inbox") String party, NotificationKind kind, DualReportSide dualReportSide, String rule,
                           String ruleName) {

    static PreviewRoute of(Route r) {
        return new PreviewRoute(r.recipient().role(), r.recipient().regionCode(),
                r.recipient().party().isEmpty() ? null : r.recipient().party(), r.rule().kind(),
                r.rule().dualReportSide(), r.rule().key(), r.rule().name());
    }
}

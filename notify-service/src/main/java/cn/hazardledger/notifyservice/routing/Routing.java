package cn.hazardledger.notifyservice.routing;

import cn.hazardledger.notifyservice.dualreport.DualReports;
import cn.hazardledger.notifyservice.inbox.InboxService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;

/**
 * Tells everyone the rules choose about an occurrence, in the transaction that records the occurrence, so that
 * each recipient hears once whatever the redeliveries. Knows no channel: it writes notifications, which the
 * inbox holds and its live stream shows; a channel that sends them elsewhere reads them from there.
 */
@ApplicationScoped
public class Routing {

    @Inject
    InboxService inbox;

    @Inject
    DualReports dualReports;

    @Inject
    RoutingRules rules;

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Route> deliver(Occurrence occurrence) {
        List<Route> routes = rules.routes(occurrence);
        // the dual report is made once per hazard: by the first event that shows it major, not again on confirmation
        if (routes.stream().anyMatch(r -> r.rule().dualReportSide() != null) && !dualReports.open(occurrence)) {
            routes = routes.stream().filter(r -> r.rule().dualReportSide() == null).toList();
        }
        for (Route route : routes) {
            DualReportSide side = route.rule().dualReportSide();
            inbox.deliver(route.recipient(), route.rule().kind(), Messages.of(route.rule().kind(), occurrence, side),
                    route.rule().key(), side == null ? null : side.name(), occurrence.id());
        }
        return routes;
    }
}

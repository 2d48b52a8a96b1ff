package cn.hazardledger.notifyservice.routing;

import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.notifyservice.inbox.Inboxes;
import cn.hazardledger.notifyservice.inbox.IndustryNames;
import cn.hazardledger.notifyservice.inbox.NotificationKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What makes a rule coherent beyond each field's own form; every problem named at once. */
final class RuleChecks {

    private static final Set<NotificationKind> NOT_FOR_RULES = EnumSet.of(NotificationKind.DUAL_REPORT_REMINDER,
            NotificationKind.MAJOR_HAZARD_REPORTED, NotificationKind.BULLETIN);
    private static final Set<String> WITH_PARTIES = Set.of(Roles.UNIT, Roles.ENTERPRISE, Roles.LEADER);
    private static final Set<String> DUAL_REPORTED_BY = Set.of("hazard.reported.v1", "hazard.confirmed.v1");

    private RuleChecks() {
    }

    static void check(RoutingRuleRequest r) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (!EventTypes.ROUTABLE.contains(r.eventType())) {
            errors.add(new Problem.FieldError("eventType", "must be one of " + EventTypes.ROUTABLE));
        }
        boolean aboutHazards = EventTypes.aboutHazards(r.eventType());
        if (r.industry() != null && (!aboutHazards || !IndustryNames.known(r.industry()))) {
            errors.add(new Problem.FieldError("industry", aboutHazards ? "must be one of " + IndustryNames.codes()
                    : "only hazard events have an industry"));
        }
        if (r.level() != null && (!aboutHazards || !Set.of("GENERAL", "MAJOR").contains(r.level()))) {
            errors.add(new Problem.FieldError("level", aboutHazards ? "must be GENERAL or MAJOR"
                    : "only hazard events have a level"));
        }
        audience(r, errors);
        if (NOT_FOR_RULES.contains(r.kind())) {
            errors.add(new Problem.FieldError("kind", r.kind() + " is written by notify-service itself, not by rules"));
        }
        if (r.dualReportSide() != null && (r.kind() != NotificationKind.DUAL_REPORT
                || !DUAL_REPORTED_BY.contains(r.eventType()))) {
            errors.add(new Problem.FieldError("dualReportSide", "only with kind DUAL_REPORT, on hazard.reported.v1 "
                    + "or hazard.confirmed.v1"));
        }
        if (r.kind() == NotificationKind.DUAL_REPORT && r.dualReportSide() == null) {
            errors.add(new Problem.FieldError("dualReportSide", "a DUAL_REPORT names the side it tells"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.invalid("the routing rule is not coherent", errors));
        }
    }

    private static void audience(RoutingRuleRequest r, List<Problem.FieldError> errors) {
        if (Roles.PUBLIC.equals(r.audienceRole())) {
            errors.add(new Problem.FieldError("audienceRole", "nothing is ever sent to the public or a whistle-blower"));
            return;
        }
        switch (r.audience()) {
            case ROLE -> {
                if (r.audienceRole() == null || !Inboxes.WITH_INBOX.contains(r.audienceRole())) {
                    errors.add(new Problem.FieldError("audienceRole", "ROLE needs a role with an inbox: "
                            + Inboxes.WITH_INBOX.stream().sorted().toList()));
                }
                if (r.audienceLevel() == null) {
                    errors.add(new Problem.FieldError("audienceLevel", "ROLE needs the level whose inbox is told"));
                }
                if (r.audienceParty() != null && (r.audienceParty().isBlank() || !WITH_PARTIES.contains(r.audienceRole()))) {
                    errors.add(new Problem.FieldError("audienceParty", "a party's own inbox is a UNIT's, an "
                            + "ENTERPRISE's (by code) or a LEADER's (name:<name>)"));
                }
            }
            default -> {
                if (r.audienceRole() != null || r.audienceLevel() != null || r.audienceParty() != null) {
                    errors.add(new Problem.FieldError("audience", r.audience() + " is resolved from the event: "
                            + "audienceRole, audienceLevel and audienceParty must be absent"));
                }
            }
        }
    }
}

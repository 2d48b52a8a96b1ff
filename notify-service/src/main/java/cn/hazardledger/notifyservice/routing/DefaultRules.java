package cn.hazardledger.notifyservice.routing;

import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.notifyservice.inbox.NotificationKind;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static cn.hazardledger.notifyservice.routing.Audience.ASSIGNEE;
import static cn.hazardledger.notifyservice.routing.Audience.ENTERPRISE;
import static cn.hazardledger.notifyservice.routing.Audience.LEAD_LEADERS;
import static cn.hazardledger.notifyservice.routing.Audience.LISTING_AUTHORITY;
import static cn.hazardledger.notifyservice.routing.Audience.NEXT_LEVEL_UP;
import static cn.hazardledger.notifyservice.routing.Audience.RECEIVING_SIDE;
import static cn.hazardledger.notifyservice.routing.Audience.RESPONSIBLE_SIDE;
import static cn.hazardledger.notifyservice.routing.Audience.SUPERVISOR;
import static cn.hazardledger.notifyservice.routing.Audience.TASK_UNITS;

/**
 * The rules that ship (docs/routing.md has them as a table). Each has a slot, so that a region replaces it for
 * its area by adding a rule to the same slot; they are code, not rows, so that no region can change another's.
 */
public final class DefaultRules {

    static final String PREFIX = "default:";
    public static final String STILL_OVERDUE_HAZARD = "hazard.still-overdue";
    public static final String STILL_OVERDUE_TASK = "task.still-overdue";

    /**
     * A rectification task's deadline is the hazard's: the hazard's own deadline events tell the same people, so
     * task-service's events about it would tell them twice.
     */
    private static final Predicate<Occurrence> NOT_A_HAZARDS_TASK = o -> o.text("hazardId").isEmpty();

    public static final List<Rule> ALL = build();

    private DefaultRules() {
    }

    private static List<Rule> build() {
        List<Rule> rules = new ArrayList<>();
        // 新隐患待核实: the township keeps the ledger a reported hazard joins (docs/domain.md lifecycle 1-2)
        rules.add(role("reported-township", "新隐患待核实：乡镇应急办", "hazard.reported.v1", "GENERAL",
                Roles.TOWNSHIP, RegionLevel.TOWNSHIP, NotificationKind.HAZARD_REPORTED, null));
        // 双报告 (三星府发〔2023〕76号 §二.1): a major hazard, reported or confirmed as major, to both sides
        for (String type : List.of("hazard.reported.v1", "hazard.confirmed.v1")) {
            String event = type.substring("hazard.".length(), type.indexOf(".v1"));
            rules.add(role("dual-report-township-" + event, "双报告：乡镇人民政府", type, "MAJOR", Roles.TOWNSHIP,
                    RegionLevel.TOWNSHIP, NotificationKind.DUAL_REPORT, DualReportSide.TOWNSHIP_GOVERNMENT));
            // the industry's department: by default the county's regulator (安委办), which a county replaces per
            // industry with a rule naming the department's unit in the slot dual-report.industry-department
            rules.add(role("dual-report-industry-" + event, "双报告：行业主管部门", type, "MAJOR", Roles.REGULATOR,
                    RegionLevel.COUNTY, NotificationKind.DUAL_REPORT, DualReportSide.INDUSTRY_DEPARTMENT));
        }
        // 挂牌督办: the enterprise, the responsible unit, the listing authority
        rules.add(of("listed-enterprise", "挂牌督办：企业", "hazard.listed-for-supervision.v1", ENTERPRISE,
                NotificationKind.LISTED_FOR_SUPERVISION, null));
        rules.add(of("listed-responsible", "挂牌督办：整改责任方", "hazard.listed-for-supervision.v1", RESPONSIBLE_SIDE,
                NotificationKind.LISTED_FOR_SUPERVISION, null));
        rules.add(of("listed-authority", "挂牌督办：挂牌机关", "hazard.listed-for-supervision.v1", LISTING_AUTHORITY,
                NotificationKind.LISTED_FOR_SUPERVISION, null));
        // tasks: the assignee of a hazard's task, the units of a campaign's task or period; progress to the leaders
        rules.add(of("task-assigned", "新任务：承办方", "task.created.v1", ASSIGNEE, NotificationKind.TASK_ASSIGNED, null));
        rules.add(of("campaign-task-assigned", "任务分派：责任科室", "campaign.task-assigned.v1", TASK_UNITS,
                NotificationKind.TASK_ASSIGNED, null));
        rules.add(of("campaign-instance-opened", "周期任务：责任科室", "campaign.instance-opened.v1", TASK_UNITS,
                NotificationKind.TASK_ASSIGNED, null));
        rules.add(of("progress-leaders", "进展报告：牵头领导", "campaign.progress-reported.v1", LEAD_LEADERS,
                NotificationKind.PROGRESS_REPORTED, null));
        // deadlines: near → the responsible side; passed → it and its supervisor (督办); still passed → 约谈
        rules.add(of("hazard-deadline-approaching", "临期提醒：整改责任方", "hazard.deadline-approaching.v1",
                RESPONSIBLE_SIDE, NotificationKind.DEADLINE_APPROACHING, null));
        rules.add(of("hazard-overdue-side", "超期：整改责任方", "hazard.overdue.v1", RESPONSIBLE_SIDE,
                NotificationKind.OVERDUE, null));
        rules.add(of("hazard-overdue-supervisor", "超期督办：督办方", "hazard.overdue.v1", SUPERVISOR,
                NotificationKind.OVERDUE, null));
        rules.add(of("hazard-still-overdue", "约谈建议：上一级", STILL_OVERDUE_HAZARD, NEXT_LEVEL_UP,
                NotificationKind.SUMMONS_SUGGESTED, null));
        rules.add(withExtra(of("task-deadline-approaching", "临期提醒：承办方", "task.deadline-approaching.v1",
                RESPONSIBLE_SIDE, NotificationKind.DEADLINE_APPROACHING, null)));
        rules.add(withExtra(of("task-overdue-side", "超期：承办方", "task.overdue.v1", RESPONSIBLE_SIDE,
                NotificationKind.OVERDUE, null)));
        rules.add(withExtra(of("task-overdue-supervisor", "超期督办：督办方", "task.overdue.v1", SUPERVISOR,
                NotificationKind.OVERDUE, null)));
        rules.add(withExtra(of("task-still-overdue", "约谈建议：上一级", STILL_OVERDUE_TASK, NEXT_LEVEL_UP,
                NotificationKind.SUMMONS_SUGGESTED, null)));
        // 上交 / 推送: the receiving side now holds it in its ledger
        rules.add(of("escalated", "上交推送：接收方", "hazard.escalated.v1", RECEIVING_SIDE, NotificationKind.ESCALATED, null));
        return List.copyOf(rules);
    }

    /** The event types some default rule routes; the consumers check these types' fields before routing. */
    public static boolean routes(String eventType) {
        return ALL.stream().anyMatch(r -> r.eventType().equals(eventType));
    }

    private static Rule role(String key, String name, String type, String level, String role, RegionLevel at,
                             NotificationKind kind, DualReportSide side) {
        return new Rule(PREFIX + key, name, type, null, null, level, Audience.ROLE, role, at, null, kind,
                side == null ? key : "dual-report." + side.name().toLowerCase().replace('_', '-'), side, null);
    }

    private static Rule of(String key, String name, String type, Audience audience, NotificationKind kind,
                           DualReportSide side) {
        return new Rule(PREFIX + key, name, type, null, null, null, audience, null, null, null, kind, key, side, null);
    }

    private static Rule withExtra(Rule r) {
        return new Rule(r.key(), r.name(), r.eventType(), r.regionCode(), r.industry(), r.level(), r.audience(),
                r.audienceRole(), r.audienceLevel(), r.audienceParty(), r.kind(), r.slot(), r.dualReportSide(),
                NOT_A_HAZARDS_TASK);
    }
}

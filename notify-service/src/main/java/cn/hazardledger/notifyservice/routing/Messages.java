package cn.hazardledger.notifyservice.routing;

import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.notifyservice.inbox.IndustryNames;
import cn.hazardledger.notifyservice.inbox.NotificationKind;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Words for each kind, in Chinese as people read them on a phone. Only what the event says; never a reporter's
 * identity (a whistle-blower's name is not in any event, and this service would not repeat it if it were).
 */
public final class Messages {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Messages() {
    }

    public static Message of(NotificationKind kind, Occurrence o, DualReportSide side) {
        String title = o.text("title").orElseGet(() -> o.text("taskText").orElse(""));
        String where = "区划 " + o.regionCode();
        String industry = o.industry().map(i -> "（" + IndustryNames.of(i) + "）").orElse("");
        String subjectType = subjectType(o);
        String subjectId = subjectId(o);
        return switch (kind) {
            case HAZARD_REPORTED -> new Message("新隐患待核实：" + title, where + " 上报" + industry + "：" + title
                    + o.text("description").map(d -> "。" + d).orElse("") + time(o, "reportedAt", "。上报时间 "),
                    subjectType, subjectId);
            case DUAL_REPORT -> new Message("双报告：重大事故隐患 " + title,
                    "重大事故隐患" + industry + "：" + title + "，" + where + "。报告对象："
                            + (side == DualReportSide.INDUSTRY_DEPARTMENT ? "行业主管部门" : "乡镇人民政府")
                            + "。请确认收到（回执）。", subjectType, subjectId);
            case LISTED_FOR_SUPERVISION -> new Message("挂牌督办：" + title, o.text("authority").orElse("")
                    + " 挂牌督办" + o.text("documentNumber").map(d -> "（" + d + "）").orElse("")
                    + "：" + title + date(o, "listingDeadline", "。督办时限 "), subjectType, subjectId);
            case TASK_ASSIGNED -> new Message("新任务：" + title, title
                    + time(o, "dueAt", "。完成时限：") + date(o, "due", "。完成时限：")
                    + o.text("deadlineWords").map(w -> "（" + w + "）").orElse("")
                    + o.text("campaignTitle").map(c -> "。所属方案：" + c).orElse(""), subjectType, subjectId);
            case PROGRESS_REPORTED -> new Message("进展报告：" + title, o.text("campaignTitle").map(c -> c + "：").orElse("")
                    + title + "。" + o.text("text").orElse("")
                    + (o.data().path("completes").asBoolean(false) ? "（已完成）" : ""), subjectType, subjectId);
            case DEADLINE_APPROACHING -> new Message("临期提醒：" + title, title + deadline(o)
                    + "，剩余 " + o.data().path("daysLeft").asInt() + " 天。", subjectType, subjectId);
            case OVERDUE -> new Message("超期督办：" + title, title + deadline(o)
                    + "，已超期 " + Math.abs(o.data().path("daysLeft").asInt()) + " 天，请督促整改。", subjectType, subjectId);
            case SUMMONS_SUGGESTED -> new Message("约谈建议：" + title, title + deadline(o)
                    + "，超期仍未整改完成，建议约谈责任方。", subjectType, subjectId);
            case ESCALATED -> new Message("上交推送：" + title, title + industry + "，" + where + " 已"
                    + ("COUNTY_POOL".equals(o.text("to").orElse("")) ? "上交县级“蓄水池”" : "推送至 "
                    + o.text("departmentName").orElse("行业主管部门")) + o.text("note").map(n -> "。" + n).orElse(""),
                    subjectType, subjectId);
            case DUAL_REPORT_REMINDER, MAJOR_HAZARD_REPORTED, BULLETIN -> new Message(title, title, subjectType, subjectId);
        };
    }

    static String subjectType(Occurrence o) {
        if (o.type().startsWith("hazard.")) {
            return "hazard";
        }
        if (o.text("subjectType").map(t -> t.startsWith("CAMPAIGN")).orElse(false) || o.type().startsWith("campaign.")) {
            return "campaign-task";
        }
        return "task";
    }

    static String subjectId(Occurrence o) {
        if (o.type().startsWith("hazard.")) {
            return o.text("hazardId").orElse("");
        }
        String id = o.text("subjectId").orElseGet(() -> o.text("taskId").orElse(""));
        return o.text("periodKey").map(p -> id + "/" + p).orElse(id);
    }

    private static String deadline(Occurrence o) {
        return date(o, "deadline", "，整改时限 ") + date(o, "due", "，完成时限 ");
    }

    private static String date(Occurrence o, String field, String prefix) {
        Optional<String> value = o.text(field);
        if (value.isEmpty()) {
            return "";
        }
        try {
            return prefix + LocalDate.parse(value.get().substring(0, Math.min(10, value.get().length())));
        } catch (DateTimeParseException e) {
            return "";
        }
    }

    private static String time(Occurrence o, String field, String prefix) {
        return o.text(field).map(t -> {
            try {
                return prefix + OffsetDateTime.parse(t).atZoneSameInstant(ChinaTime.ZONE).format(SHOWN);
            } catch (DateTimeParseException e) {
                return "";
            }
        }).orElse("");
    }
}

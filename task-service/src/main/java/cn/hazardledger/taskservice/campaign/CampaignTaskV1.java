package cn.hazardledger.taskservice.campaign;

import cn.hazardledger.chassis.outbox.OutgoingEvent;
import cn.hazardledger.chassis.web.ChinaTime;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.util.List;

/**
 * Payload of {@code campaign.task-assigned.v1} (each specific task when its campaign is published),
 * {@code campaign.task-completed.v1} (a final report completed it) and {@code campaign.instance-opened.v1} (a
 * period of a recurring task opened): what the task is, who leads and carries it out, by when, so that a consumer
 * can tell them without calling back (schemas in events/).
 */
public record CampaignTaskV1(@JsonIgnore String type, String campaignId, String campaignTitle, String regionCode,
                             String taskId, String actionNumber, String keyTaskNumber, String taskNumber,
                             String taskText, List<String> leaders, List<String> units, String deadline,
                             String deadlineWords, String cadence, String periodKey, String due, String at)
        implements OutgoingEvent {

    public static final String ASSIGNED = "campaign.task-assigned.v1";
    public static final String COMPLETED = "campaign.task-completed.v1";
    public static final String INSTANCE_OPENED = "campaign.instance-opened.v1";

    static CampaignTaskV1 of(String type, Campaign c, CampaignItem task, String actionNumber, String keyTaskNumber,
                             String periodKey, java.time.LocalDate due, Instant at) {
        return new CampaignTaskV1(type, c.id.toString(), c.title, c.regionCode, task.id.toString(), actionNumber,
                keyTaskNumber, task.number, task.text, BreakdownItems.split(task.leaders), BreakdownItems.split(task.units),
                task.deadline == null ? null : task.deadline.toString(), task.deadlineWords, task.cadence, periodKey,
                due == null ? null : due.toString(), ChinaTime.format(at));
    }

    @Override
    public String aggregateType() {
        return "campaign";
    }

    @Override
    public String aggregateId() {
        return campaignId;
    }
}

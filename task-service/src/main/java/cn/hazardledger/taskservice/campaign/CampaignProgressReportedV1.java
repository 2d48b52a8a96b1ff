package cn.hazardledger.taskservice.campaign;

import cn.hazardledger.chassis.outbox.OutgoingEvent;
import cn.hazardledger.chassis.web.ChinaTime;

import java.util.List;

/**
 * Payload of {@code campaign.progress-reported.v1}: progress on a specific task, with its leaders and units so
 * that a consumer can tell the lead leaders without calling back (schema events/campaign.progress-reported.v1).
 */
public record CampaignProgressReportedV1(String campaignId, String campaignTitle, String regionCode, String taskId,
                                         String taskNumber, String taskText, List<String> leaders, List<String> units,
                                         String deadline, String reportId, String text, boolean completes,
                                         String taskStatus, String reportedBy, String reporterRole, String reportedAt)
        implements OutgoingEvent {

    public static final String TYPE = "campaign.progress-reported.v1";

    static CampaignProgressReportedV1 of(Campaign c, CampaignItem task, ProgressReport r) {
        return new CampaignProgressReportedV1(c.id.toString(), c.title, c.regionCode, task.id.toString(), task.number,
                task.text, BreakdownItems.split(task.leaders), BreakdownItems.split(task.units),
                task.deadline == null ? null : task.deadline.toString(), r.id.toString(), r.text, r.isFinal,
                task.status, r.reportedBy, r.reporterRole, ChinaTime.format(r.reportedAt));
    }

    @Override
    public String type() {
        return TYPE;
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

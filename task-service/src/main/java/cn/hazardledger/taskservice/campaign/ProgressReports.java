package cn.hazardledger.taskservice.campaign;

import cn.hazardledger.chassis.outbox.Outbox;
import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Progress on a published campaign's specific tasks. Who reports: the township or a regulator of the campaign's
 * region, a unit the task names (its unit_name claim among the task's 责任科室), a leader it names (their name
 * claim among its 牵头领导). A final report completes the task; a done task takes no more reports.
 */
@ApplicationScoped
public class ProgressReports {

    @Inject
    CampaignService campaigns;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    public ProgressView report(UUID campaignId, UUID taskId, ProgressRequest request) {
        Campaign campaign = campaigns.findVisible(campaignId).orElseThrow(CampaignService::notFound);
        CampaignItem task = CampaignItem.<CampaignItem>find("id = ?1 and campaignId = ?2 and level = ?3", taskId,
                campaignId, CampaignItem.Level.SPECIFIC_TASK).firstResultOptional()
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no such specific task in this campaign"));
        if (campaign.status != CampaignStatus.PUBLISHED) {
            throw conflict(campaign.status.name(), "progress is reported on a PUBLISHED campaign's tasks");
        }
        if (task.isDone()) {
            throw conflict("DONE", "task (" + task.number + ") is done: it takes no more reports");
        }
        TaskInstance instance = instanceOf(task, request.periodKey());
        if (!mayReport(campaign, task)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "only the township or regulator of the campaign's region, "
                    + "a unit or a leader of its region the task names reports its progress");
        }
        Instant now = Instant.now(clock);
        ProgressReport r = new ProgressReport();
        r.id = UUID.randomUUID();
        r.campaignId = campaignId;
        r.itemId = taskId;
        r.instanceId = instance == null ? null : instance.id;
        r.text = request.text().strip();
        r.evidence = request.evidence() == null || request.evidence().isEmpty() ? null : String.join("\n", request.evidence());
        r.isFinal = request.completes();
        r.reportedBy = caller.subject();
        r.reporterRole = caller.role();
        r.reporterUnit = caller.unitName().orElse(null);
        r.reportedAt = now;
        r.persist();
        if (r.isFinal && instance != null) {
            instance.status = "DONE";
            instance.completedAt = now;
        } else if (r.isFinal) {
            task.status = "DONE";
            task.completedAt = now;
        }
        outbox.append(CampaignProgressReportedV1.of(campaign, task, r));
        if (r.isFinal) {
            CampaignItem key = CampaignItem.findById(task.parentId);
            CampaignItem action = CampaignItem.findById(key.parentId);
            outbox.append(CampaignTaskV1.of(CampaignTaskV1.COMPLETED, campaign, task, action.number, key.number,
                    instance == null ? null : instance.periodKey, instance == null ? task.deadline : instance.due, now));
        }
        return ProgressView.of(r, task);
    }

    public List<ProgressView> reports(UUID campaignId, UUID taskId) {
        campaigns.findVisible(campaignId).orElseThrow(CampaignService::notFound);
        CampaignItem task = CampaignItem.<CampaignItem>find("id = ?1 and campaignId = ?2", taskId, campaignId)
                .firstResultOptional()
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no such specific task in this campaign"));
        return ProgressReport.<ProgressReport>list("itemId = ?1 order by reportedAt, id", taskId).stream()
                .map(r -> ProgressView.of(r, task)).toList();
    }

    /**
     * The period a report is for: an ongoing task with a cadence is done period by period, so its final reports
     * name one; other tasks have no periods.
     */
    private TaskInstance instanceOf(CampaignItem task, String periodKey) {
        boolean periodic = task.cadence != null && task.deadline == null;
        if (periodKey == null) {
            if (periodic) {
                throw ProblemException.invalidField("periodKey", "task (" + task.number + ") recurs " + task.cadence
                        + ": name the period the report is for (GET …/instances)");
            }
            return null;
        }
        if (!periodic) {
            throw ProblemException.invalidField("periodKey", "task (" + task.number + ") has no periods");
        }
        TaskInstance instance = TaskInstance.<TaskInstance>find("itemId = ?1 and periodKey = ?2", task.id, periodKey)
                .firstResultOptional().orElseThrow(() -> ProblemException.invalidField("periodKey",
                        "no instance " + periodKey + " of task (" + task.number + ") is open yet"));
        if ("DONE".equals(instance.status)) {
            throw conflict("DONE", "the " + periodKey + " instance of task (" + task.number + ") is done");
        }
        return instance;
    }

    public List<TaskInstance> instances(UUID campaignId, UUID taskId) {
        campaigns.findVisible(campaignId).orElseThrow(CampaignService::notFound);
        CampaignItem.<CampaignItem>find("id = ?1 and campaignId = ?2 and level = ?3", taskId, campaignId,
                CampaignItem.Level.SPECIFIC_TASK).firstResultOptional()
                .orElseThrow(() -> new ProblemException(ProblemType.NOT_FOUND, "no such specific task in this campaign"));
        return TaskInstance.list("campaignId = ?1 and itemId = ?2 order by periodStart", campaignId, taskId);
    }

    boolean mayReport(Campaign campaign, CampaignItem task) {
        String role = caller.role();
        if (Roles.TOWNSHIP.equals(role) || Roles.REGULATOR.equals(role)) {
            return caller.canSee(RegionCode.of(campaign.regionCode));
        }
        // a unit or leader is named in the table by name, and names repeat from township to township (every one has
        // its 党政办): the one the task means is of the campaign's region or below it, never of a wider region that
        // merely sees the campaign
        boolean ofTheRegion = RegionCode.of(campaign.regionCode).covers(caller.region());
        if (Roles.UNIT.equals(role)) {
            return ofTheRegion && caller.unitName().map(BreakdownItems.split(task.units)::contains).orElse(false);
        }
        if (Roles.LEADER.equals(role)) {
            return ofTheRegion && caller.name().map(BreakdownItems.split(task.leaders)::contains).orElse(false);
        }
        return false;
    }

    private static ProblemException conflict(String current, String why) {
        return new ProblemException(Problem.of(ProblemType.CONFLICT, why)
                .with(Map.of("currentStatus", current, "refusedAction", "REPORT_PROGRESS")));
    }
}

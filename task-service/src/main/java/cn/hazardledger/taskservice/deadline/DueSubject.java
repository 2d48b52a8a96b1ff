package cn.hazardledger.taskservice.deadline;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Something of task-service's that is due: a task (verification, rectification), a campaign's specific task, or one
 * period's instance of a recurring one; what its alert carries so that a consumer can tell the right people.
 */
public record DueSubject(String subjectType, UUID subjectId, String title, String regionCode, String assigneeRole,
                         String assigneeCode, List<String> leaders, List<String> units, UUID campaignId,
                         UUID hazardId, String periodKey, LocalDate due) {

    public static final String TASK = "TASK";
    public static final String CAMPAIGN_TASK = "CAMPAIGN_TASK";
    public static final String INSTANCE = "CAMPAIGN_TASK_INSTANCE";
}

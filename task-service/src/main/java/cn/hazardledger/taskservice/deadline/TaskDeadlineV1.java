package cn.hazardledger.taskservice.deadline;

import cn.hazardledger.chassis.outbox.OutgoingEvent;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Payload of {@code task.deadline-approaching.v1} and {@code task.overdue.v1} (schemas in events/): raised once per
 * subject and due date by the task deadline watch.
 */
public record TaskDeadlineV1(@JsonIgnore String type, String subjectType, String subjectId, String title,
                             String regionCode, String assigneeRole, String assigneeCode, List<String> leaders,
                             List<String> units, String campaignId, String hazardId, String periodKey, String due,
                             long daysLeft) implements OutgoingEvent {

    public static final String APPROACHING = "task.deadline-approaching.v1";
    public static final String OVERDUE = "task.overdue.v1";

    static TaskDeadlineV1 of(String type, DueSubject s, LocalDate today) {
        return new TaskDeadlineV1(type, s.subjectType(), s.subjectId().toString(), s.title(), s.regionCode(),
                s.assigneeRole(), s.assigneeCode(), s.leaders(), s.units(),
                s.campaignId() == null ? null : s.campaignId().toString(),
                s.hazardId() == null ? null : s.hazardId().toString(), s.periodKey(), s.due().toString(),
                ChronoUnit.DAYS.between(today, s.due()));
    }

    @Override
    public String aggregateType() {
        return subjectType.equals(DueSubject.TASK) ? "task" : "campaign";
    }

    /** A campaign's alerts share its key, so that they stay in order with its other events. */
    @Override
    public String aggregateId() {
        return campaignId != null ? campaignId : subjectId;
    }
}

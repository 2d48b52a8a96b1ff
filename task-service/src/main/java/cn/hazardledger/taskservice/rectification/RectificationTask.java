package cn.hazardledger.taskservice.rectification;

import cn.hazardledger.taskservice.events.HazardStep;
import cn.hazardledger.taskservice.task.Task;
import cn.hazardledger.taskservice.task.TaskKind;
import cn.hazardledger.taskservice.task.TaskStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** How a rectification task mirrors its hazard's facts; plain Java, tested without a server. */
final class RectificationTask {

    private RectificationTask() {
    }

    static Task open(UUID hazardId, UUID sourceEventId, Instant now) {
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.kind = TaskKind.RECTIFY_HAZARD;
        task.hazardId = hazardId;
        task.createdAt = now;
        task.sourceEventId = sourceEventId;
        return task;
    }

    static void apply(Task task, HazardStep.Facts facts, int hazardStep, Instant now) {
        String title = "整改隐患：" + facts.title();
        task.title = title.length() > 300 ? title.substring(0, 300) : title;
        task.description = "按五到位整改方案整改并提交复查。台账编号 " + (facts.ledgerNumber() == null ? "—" : facts.ledgerNumber())
                + "，隐患编号 " + facts.hazardId();
        task.regionCode = facts.regionCode();
        HazardStep.Responsible side = facts.responsible();
        task.assigneeRole = side == null ? "TOWNSHIP" : side.kind();
        task.assigneeCode = side == null ? facts.townshipCode() : side.code();
        task.assigneeName = side == null ? null : side.name();
        if (facts.deadline() != null) {
            task.dueAt = RectificationTasks.endOf(LocalDate.parse(facts.deadline()));
        }
        task.status = statusOf(facts.status(), task.status);
        task.supervised = facts.listedForSupervision();
        task.hazardStep = hazardStep;
        task.updatedAt = now;
    }

    /** The hazard's status as the task's: rectifying is open work, submitted waits for review (复查). */
    static TaskStatus statusOf(String hazardStatus, TaskStatus current) {
        return switch (hazardStatus) {
            case "RECTIFYING", "CONFIRMED" -> TaskStatus.OPEN;
            case "SUBMITTED" -> TaskStatus.SUBMITTED;
            case "CLOSED" -> TaskStatus.DONE;
            case "REJECTED" -> TaskStatus.CANCELLED;
            default -> current == null ? TaskStatus.OPEN : current;
        };
    }
}

package cn.hazardledger.taskservice.rectification;

import cn.hazardledger.chassis.outbox.Outbox;
import cn.hazardledger.chassis.web.ChinaTime;
import cn.hazardledger.taskservice.events.HazardStep;
import cn.hazardledger.taskservice.task.Task;
import cn.hazardledger.taskservice.task.TaskCompletedV1;
import cn.hazardledger.taskservice.task.TaskCreatedV1;
import cn.hazardledger.taskservice.task.TaskKind;
import cn.hazardledger.taskservice.task.TaskStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Rectifying a hazard is a task for its responsible side (docs/domain.md, "Tasks"). The task follows the
 * hazard's steps: its plan creates it with the plan's deadline, a revision, an approved extension or a
 * reopening move it, a submission waits for review, a closure completes it, a listing marks it supervised.
 * Each event carries the hazard's facts as of its ledger step, so the task takes the facts of the newest step
 * it has seen and ignores an older one: redelivered or reordered events change nothing.
 */
@ApplicationScoped
public class RectificationTasks {

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Task> follow(HazardStep event, UUID sourceEventId) {
        HazardStep.Facts facts = event.hazard();
        UUID hazardId = UUID.fromString(facts.hazardId());
        Optional<Task> existing = Task.<Task>find("hazardId = ?1 and kind = ?2", hazardId, TaskKind.RECTIFY_HAZARD)
                .firstResultOptional();
        if (existing.isPresent() && existing.get().hazardStep >= event.step().entrySequence()) {
            return existing;
        }
        if (existing.isEmpty() && facts.deadline() == null) {
            // an on-the-spot fix has no plan and so no rectification task
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        Task task = existing.orElseGet(() -> RectificationTask.open(hazardId, sourceEventId, now));
        TaskStatus before = existing.map(t -> t.status).orElse(null);
        RectificationTask.apply(task, facts, event.step().entrySequence(), now);
        if (existing.isEmpty()) {
            task.persist();
            outbox.append(TaskCreatedV1.of(task));
        }
        if (task.status == TaskStatus.DONE && before != TaskStatus.DONE) {
            outbox.append(TaskCompletedV1.of(task, "CLOSED"));
        }
        return Optional.of(task);
    }

    /** The end of the deadline's day in China: a task due on 12-31 is overdue from 01-01. */
    static Instant endOf(LocalDate deadline) {
        return deadline.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant().minusMillis(1);
    }
}

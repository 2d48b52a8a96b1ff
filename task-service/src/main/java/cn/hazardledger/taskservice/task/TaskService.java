package cn.hazardledger.taskservice.task;

import cn.hazardledger.chassis.outbox.Outbox;
import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.chassis.web.Keyset;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TaskService {

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    private final VerificationPlan verification;

    public TaskService(VerificationConfig config) {
        this.verification = new VerificationPlan(config.generalWithin(), config.majorWithin());
    }

    /** Opens the township's verification task for a reported hazard, once per hazard. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Task> openVerification(UUID hazardId, String hazardTitle, String hazardRegion, boolean major,
                                           Instant reportedAt, UUID sourceEventId) {
        if (Task.count("hazardId = ?1 and kind = ?2", hazardId, TaskKind.VERIFY_HAZARD) > 0) {
            return Optional.empty();
        }
        VerificationPlan.Assignment assignment = verification.plan(hazardTitle, hazardRegion, major, reportedAt);
        Instant now = Instant.now(clock);
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.kind = TaskKind.VERIFY_HAZARD;
        task.title = assignment.title().length() > 300 ? assignment.title().substring(0, 300) : assignment.title();
        task.description = "核实后纳入全量库（台账）或退回（不属实/重复）。隐患编号 " + hazardId;
        task.regionCode = assignment.regionCode();
        task.assigneeRole = assignment.assigneeRole();
        task.hazardId = hazardId;
        task.status = TaskStatus.OPEN;
        task.dueAt = assignment.dueAt().truncatedTo(ChronoUnit.MICROS);
        task.createdAt = now;
        task.updatedAt = now;
        task.sourceEventId = sourceEventId;
        task.persist();
        outbox.append(TaskCreatedV1.of(task));
        EarlyReview.<EarlyReview>findByIdOptional(hazardId).ifPresent(early -> {
            complete(task, early.outcome);
            early.delete();
        });
        return Optional.of(task);
    }

    /**
     * The township's review of the hazard is what its verification task asked for: the task is done, with the
     * review's outcome. A review can arrive before the report it reviews (a broker failure can deliver one
     * hazard's events out of order): it is kept, and the task is completed as soon as the report opens it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Task> completeVerification(UUID hazardId, String outcome) {
        Optional<Task> task = Task.<Task>find("hazardId = ?1 and kind = ?2", hazardId, TaskKind.VERIFY_HAZARD)
                .firstResultOptional();
        if (task.isEmpty()) {
            EarlyReview early = new EarlyReview();
            early.hazardId = hazardId;
            early.outcome = outcome;
            early.receivedAt = Instant.now(clock);
            early.persist();
            return Optional.empty();
        }
        task.filter(t -> t.status == TaskStatus.OPEN).ifPresent(t -> complete(t, outcome));
        return task;
    }

    private void complete(Task task, String outcome) {
        Instant now = Instant.now(clock);
        task.status = "DUPLICATE".equals(outcome) ? TaskStatus.CANCELLED : TaskStatus.DONE;
        task.updatedAt = now;
        outbox.append(TaskCompletedV1.of(task, outcome));
    }

    public Optional<Task> findVisible(UUID id) {
        Optional<String> party = party();
        return Task.<Task>findByIdOptional(id).filter(t -> caller.canSee(RegionCode.of(t.regionCode))
                && (party.isEmpty() || party.get().equals(t.assigneeCode) && caller.role().equals(t.assigneeRole)));
    }

    /**
     * A unit or an enterprise acts on its own tasks only (those assigned to its unit code or credit code), not on
     * another enterprise's rectification or the township's verification; without its code claim it has none.
     */
    private Optional<String> party() {
        return switch (caller.role()) {
            case Roles.UNIT -> Optional.of(caller.unitCode().orElse(""));
            case Roles.ENTERPRISE -> Optional.of(caller.creditCode().orElse(""));
            default -> Optional.empty();
        };
    }

    public TaskPage list(TaskStatus status, UUID hazardId, String cursorToken, int limit) {
        StringBuilder query = new StringBuilder("regionCode like :scope");
        Parameters params = Parameters.with("scope", caller.region().scopePrefix() + "%");
        party().ifPresent(own -> {
            query.append(" and assigneeRole = :role and assigneeCode = :own");
            params.and("role", caller.role()).and("own", own);
        });
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        if (hazardId != null) {
            query.append(" and hazardId = :hazard");
            params.and("hazard", hazardId);
        }
        Keyset.newestFirstAfter(cursorToken, "createdAt", "id", query, params);
        Keyset.Page<Task> page = Keyset.page(Task.<Task>find(query.toString(), params).page(0, limit + 1).list(),
                limit, t -> t.createdAt, t -> t.id);
        Instant now = Instant.now(clock);
        return new TaskPage(page.rows().stream().map(t -> TaskView.of(t, now)).toList(), page.nextCursor());
    }
}

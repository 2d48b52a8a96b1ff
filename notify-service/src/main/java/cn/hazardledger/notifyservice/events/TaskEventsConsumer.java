package cn.hazardledger.notifyservice.events;

import cn.hazardledger.chassis.events.InboundEvents;
import cn.hazardledger.chassis.events.Payloads;
import cn.hazardledger.notifyservice.inbox.InboxService;
import cn.hazardledger.notifyservice.inbox.NotificationKind;
import cn.hazardledger.notifyservice.inbox.Recipients;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Tells the assignee of every new task. */
@ApplicationScoped
public class TaskEventsConsumer {

    static final String CONSUMER = "notify-service.task-events";

    @Inject
    InboundEvents inbound;

    @Inject
    Payloads payloads;

    @Inject
    InboxService inbox;

    @Inject
    Arrivals arrivals;

    @Incoming("task-events")
    @Blocking
    public void onTaskEvent(ConsumerRecord<String, String> record) {
        inbound.handle(CONSUMER, record, event -> {
            if (!TaskCreated.TYPE.equals(event.type())) {
                return arrivals.only(event);
            }
            TaskCreated t = payloads.read(event, TaskCreated.class).validated(event);
            String body = t.title() + (t.dueAt() == null ? "" : "。完成时限：" + ChinaDates.shown(t.dueAt()));
            return arrivals.with(event, () -> inbox.deliver(
                    Recipients.ofAssignedTask(t.assigneeRole(), t.regionCode(), t.assigneeCode()),
                    NotificationKind.TASK_ASSIGNED, "新任务：" + t.title(), body, "task", t.taskId(), event.id()));
        });
    }
}

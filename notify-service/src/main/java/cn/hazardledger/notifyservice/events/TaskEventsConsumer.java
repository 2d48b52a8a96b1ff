package cn.hazardledger.notifyservice.events;

import cn.hazardledger.chassis.events.InboundEvents;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Every event of task.events, once each ({@link Arrivals} says what it does). */
@ApplicationScoped
public class TaskEventsConsumer {

    static final String CONSUMER = "notify-service.task-events";

    @Inject
    InboundEvents inbound;

    @Inject
    Arrivals arrivals;

    @Incoming("task-events")
    @Blocking
    public void onTaskEvent(ConsumerRecord<String, String> record) {
        inbound.handle(CONSUMER, record, arrivals::effectOf);
    }
}

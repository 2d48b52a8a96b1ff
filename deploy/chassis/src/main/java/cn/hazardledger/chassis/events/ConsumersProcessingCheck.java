package cn.hazardledger.chassis.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Not ready while a consumer holds a record waiting for the database: its events are not being processed. */
@Readiness
@ApplicationScoped
public class ConsumersProcessingCheck implements HealthCheck {

    @Inject
    ConsumerStalls stalls;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder answer = HealthCheckResponse.named("Kafka consumers processing").up();
        stalls.current().forEach((consumer, stall) -> answer.down().withData(consumer,
                "waiting since " + stall.since() + " (" + stall.waits() + " waits): " + stall.reason()));
        return answer.build();
    }
}

package cn.hazardledger.notifyservice.webhook;

import cn.hazardledger.chassis.web.ChinaTime;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "WebhookDelivery", description = "一次投递: one event for one subscription, with its attempts when read alone")
public record DeliveryView(UUID id, UUID subscriptionId,
                           @Schema(description = "the CloudEvent id: the same on every attempt and replay; receivers "
                                   + "de-duplicate on it") UUID eventId,
                           String eventType, DeliveryState state,
                           @Schema(description = "attempts made so far") int attempts,
                           @Schema(description = "when it is tried next, while PENDING") OffsetDateTime nextAttemptAt,
                           OffsetDateTime createdAt, OffsetDateTime deliveredAt, Integer lastStatus, String lastError,
                           int replays,
                           @JsonInclude(JsonInclude.Include.NON_NULL) List<AttemptView> attemptLog) {

    public DeliveryView {
        nextAttemptAt = inChina(nextAttemptAt);
        createdAt = inChina(createdAt);
        deliveredAt = inChina(deliveredAt);
    }

    @Schema(name = "WebhookAttempt", description = "one attempt: when, how long, what the receiver answered")
    public record AttemptView(int attempt, OffsetDateTime startedAt, int durationMs, Integer httpStatus, String error,
                              @Schema(description = "the start of the receiver's answer, at most webhooks.http.response-snippet characters")
                              String responseSnippet,
                              @Schema(description = "when the next attempt was scheduled, if this one failed") OffsetDateTime nextAttemptAt) {

        public AttemptView {
            startedAt = inChina(startedAt);
            nextAttemptAt = inChina(nextAttemptAt);
        }

        static AttemptView of(Attempt a) {
            return new AttemptView(a.attempt, ChinaTime.of(a.startedAt), a.durationMs, a.httpStatus, a.error,
                    a.responseSnippet, ChinaTime.of(a.nextAttemptAt));
        }
    }

    static DeliveryView of(Delivery d, List<AttemptView> log) {
        return new DeliveryView(d.id, d.subscriptionId, d.eventId, d.eventType, d.state, d.attempts,
                d.state == DeliveryState.PENDING ? ChinaTime.of(d.nextAttemptAt) : null, ChinaTime.of(d.createdAt),
                ChinaTime.of(d.deliveredAt), d.lastStatus, d.lastError, d.replays, log);
    }

    private static OffsetDateTime inChina(OffsetDateTime time) {
        return time == null ? null : ChinaTime.of(time.toInstant());
    }
}

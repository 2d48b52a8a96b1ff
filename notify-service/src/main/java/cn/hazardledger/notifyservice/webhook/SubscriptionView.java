package cn.hazardledger.notifyservice.webhook;

import cn.hazardledger.chassis.web.ChinaTime;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "WebhookSubscription", description = "事件订阅 / an event subscription of another government system")
public record SubscriptionView(UUID id, String url, List<String> eventTypes, String regionCode, String description,
                               SubscriptionStatus status,
                               @Schema(description = "why it is SUSPENDED") String suspendedReason,
                               OffsetDateTime suspendedAt,
                               @Schema(description = "failed attempts in a row; webhooks.suspend-after of them suspend it")
                               int consecutiveFailures,
                               @JsonInclude(JsonInclude.Include.NON_NULL)
                               @Schema(description = "the signing secret (whsec_…): only in the answer to creation and "
                                       + "to rotation, never again; keep it in the receiver's secret store")
                               String secret,
                               @Schema(description = "until then the secret replaced by the last rotation still signs too")
                               OffsetDateTime previousSecretValidUntil,
                               String createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    public SubscriptionView {
        // an idempotent replay reads this back from JSON, and Jackson shifts times to UTC on the way
        suspendedAt = inChina(suspendedAt);
        previousSecretValidUntil = inChina(previousSecretValidUntil);
        createdAt = inChina(createdAt);
        updatedAt = inChina(updatedAt);
    }

    /** The same answer with another secret (sealed for the replay copy, opened for the client, or none). */
    SubscriptionView withSecret(String other) {
        return new SubscriptionView(id, url, eventTypes, regionCode, description, status, suspendedReason, suspendedAt,
                consecutiveFailures, other, previousSecretValidUntil, createdBy, createdAt, updatedAt, version);
    }

    static SubscriptionView of(Subscription s, java.time.Instant now) {
        return withSecret(s, now, null);
    }

    static SubscriptionView withSecret(Subscription s, java.time.Instant now, String secret) {
        boolean graceRunning = s.previousSecretUntil != null && s.previousSecretUntil.isAfter(now);
        return new SubscriptionView(s.id, s.url, s.eventTypes(), s.regionCode, s.description, s.status,
                s.suspendedReason, ChinaTime.of(s.suspendedAt), s.consecutiveFailures, secret,
                graceRunning ? ChinaTime.of(s.previousSecretUntil) : null, s.createdBy, ChinaTime.of(s.createdAt),
                ChinaTime.of(s.updatedAt), s.version);
    }

    private static OffsetDateTime inChina(OffsetDateTime time) {
        return time == null ? null : ChinaTime.of(time.toInstant());
    }
}

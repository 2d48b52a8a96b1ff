package cn.hazardledger.notifyservice.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookReplay", description = "How many deliveries were queued again")
public record ReplayView(@Schema(description = "deliveries queued again") int replayed,
                         @Schema(description = "SUSPENDED: they wait until the subscription is resumed")
                         SubscriptionStatus subscriptionStatus) {
}

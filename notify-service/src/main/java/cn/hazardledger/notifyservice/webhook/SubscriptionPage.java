package cn.hazardledger.notifyservice.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "WebhookSubscriptionPage", description = "Newest first; pass nextCursor back as cursor")
public record SubscriptionPage(List<SubscriptionView> items, String nextCursor) {
}

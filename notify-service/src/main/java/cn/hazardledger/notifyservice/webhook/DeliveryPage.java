package cn.hazardledger.notifyservice.webhook;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "WebhookDeliveryPage", description = "Newest first; pass nextCursor back as cursor")
public record DeliveryPage(List<DeliveryView> items, String nextCursor) {
}

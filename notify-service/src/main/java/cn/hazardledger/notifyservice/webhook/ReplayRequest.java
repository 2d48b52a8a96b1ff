package cn.hazardledger.notifyservice.webhook;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(name = "WebhookReplayRequest", description = "Replay every delivered or given-up delivery whose event arrived since then")
public record ReplayRequest(@NotNull @Schema(examples = "2026-11-27T08:00:00+08:00") OffsetDateTime since) {
}

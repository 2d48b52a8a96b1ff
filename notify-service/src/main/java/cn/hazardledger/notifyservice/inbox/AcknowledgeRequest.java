package cn.hazardledger.notifyservice.inbox;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AcknowledgeRequest", description = "回执: an optional note for the sender")
public record AcknowledgeRequest(@Size(max = 500) @Schema(maxLength = 500) String note) {
}

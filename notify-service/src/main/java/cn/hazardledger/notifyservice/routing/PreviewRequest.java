package cn.hazardledger.notifyservice.routing;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoutingPreviewRequest", description = "an event as its producer would publish it")
public record PreviewRequest(@NotBlank @Schema(examples = "hazard.reported.v1") String eventType,
                             @NotNull @Schema(description = "the event's data, as in its JSON Schema") JsonNode data) {
}

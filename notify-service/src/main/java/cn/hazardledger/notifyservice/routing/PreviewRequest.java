package cn.hazardledger.notifyservice.routing;

import cn.hazardledger.chassis.security.ValidRegionCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

@Schema(name = "RoutingPreviewRequest", description = "an event as its producer would publish it: its type, where it "
        + "happened, and any further fields of its data (industry, level, hazard snapshot, assignee…)")
public record PreviewRequest(@NotBlank @Size(max = 100) @Schema(examples = "hazard.reported.v1") String eventType,
                             @NotNull @ValidRegionCode @Schema(description = "the event's region; inside yours",
                                     examples = "500240213001") String regionCode,
                             @Schema(type = SchemaType.OBJECT, additionalProperties = Schema.True.class, description = "the rest of "
                                     + "the event's data, as in its JSON Schema; regionCode above wins")
                             Map<String, Object> data) {
}

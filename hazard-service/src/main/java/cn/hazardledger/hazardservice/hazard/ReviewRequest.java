package cn.hazardledger.hazardservice.hazard;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Review", description = "核实意见: the township's note on confirming or rejecting a reported hazard")
public record ReviewRequest(@Size(max = 4000) @Schema(examples = "经分管领导同意，纳入全量库") String note) {
}

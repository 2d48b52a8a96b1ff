package cn.hazardledger.hazardservice.hazard;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "Rejection", description = "退回: why a reported hazard does not enter the ledger")
public record RejectionRequest(
        @NotNull RejectionReason reason,
        @Size(max = 4000) String note,
        @Schema(description = "重复: the original hazard; required when reason is DUPLICATE, refused otherwise") UUID duplicateOf) {

    /** 不属实 or 重复 (docs/domain.md, lifecycle step 2). */
    @Schema(description = "NOT_TRUE 不属实, DUPLICATE 重复")
    public enum RejectionReason {
        NOT_TRUE, DUPLICATE
    }
}

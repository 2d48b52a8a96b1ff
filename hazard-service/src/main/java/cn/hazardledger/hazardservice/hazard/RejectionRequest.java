package cn.hazardledger.hazardservice.hazard;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Rejection", description = "退回: why a reported hazard does not enter the ledger")
public record RejectionRequest(@NotNull RejectionReason reason, @Size(max = 4000) String note) {

    /** 不属实 or 重复 (docs/domain.md, lifecycle step 2). */
    public enum RejectionReason {
        NOT_TRUE, DUPLICATE
    }
}

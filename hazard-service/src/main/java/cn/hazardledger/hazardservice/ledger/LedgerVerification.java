package cn.hazardledger.hazardservice.ledger;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "LedgerVerification", description = "台账核验: whether the hash chain of a hazard's ledger holds")
public record LedgerVerification(
        @Schema(description = "every entry matches its hash and follows the one before it") boolean intact,
        @Schema(description = "how many entries were checked") int entries,
        @Schema(description = "the sequence number of the first entry where the chain breaks") Integer brokenAt,
        @Schema(description = "why it breaks there") String reason) {

    static LedgerVerification of(LedgerChain.Verdict verdict) {
        return new LedgerVerification(verdict.intact(), verdict.entries(), verdict.brokenAt(), verdict.reason());
    }
}

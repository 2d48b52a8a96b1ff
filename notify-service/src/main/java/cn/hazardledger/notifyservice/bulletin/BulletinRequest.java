package cn.hazardledger.notifyservice.bulletin;

import cn.hazardledger.chassis.security.ValidRegionCode;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** POST /bulletins: a region (yours by default) and either a half-year or quarter, or from and to. */
@Schema(name = "BulletinRequest", description = "通报申请 / a bulletin ordered on demand: `period` (2026-H1, 2026-Q3), "
        + "or `from` and `to`; not both")
public record BulletinRequest(
        @Schema(description = "the region reported on, yours or one within it (default yours)", examples = "500240000000")
        @ValidRegionCode String regionCode,
        @Schema(description = "a half-year (2026-H1, 2026-H2) or a quarter (2026-Q1 … 2026-Q4) that has ended",
                examples = "2026-H1", pattern = "^[0-9]{4}-(H[12]|Q[1-4])$")
        @Pattern(regexp = "[0-9]{4}-(H[12]|Q[1-4])", message = "must be a half-year (2026-H1) or a quarter (2026-Q3)")
        String period,
        @Schema(description = "first day, China date, inclusive (with `to`, instead of `period`)", examples = "2026-03-01")
        LocalDate from,
        @Schema(description = "last day, China date, inclusive, not after today", examples = "2026-05-31")
        LocalDate to) {
}

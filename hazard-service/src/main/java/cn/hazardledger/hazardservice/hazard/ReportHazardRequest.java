package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.security.ValidRegionCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "ReportHazard", description = "上报隐患: what an inspector, enterprise or other system reports")
public record ReportHazardRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "餐馆液化气钢瓶与灶具同室存放") String title,
        @NotBlank @Size(max = 4000) String description,
        @NotNull @ValidRegionCode @Schema(examples = "500240213001", pattern = "^\\d{12}$") String regionCode,
        @NotNull Industry industry,
        @NotNull HazardSource source,
        @NotNull HazardLevel level,
        @Valid LocationDto location) {

    @Schema(name = "Location")
    public record LocationDto(
            @Size(max = 500) String address,
            @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 3, fraction = DECIMALS, message = DIGITS)
            @Schema(examples = "30.012345") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = DECIMALS, message = DIGITS)
            @Schema(examples = "108.123456") BigDecimal longitude) {

        /**
         * A phone's GPS gives up to 15 decimals; more is not a position (1e-999999999 is refused here). Three
         * integer digits for both, so that an out-of-range latitude is named once, by its range.
         */
        static final int DECIMALS = 15;
        static final String DIGITS = "must be a coordinate in decimal degrees with at most 15 decimals";
    }
}

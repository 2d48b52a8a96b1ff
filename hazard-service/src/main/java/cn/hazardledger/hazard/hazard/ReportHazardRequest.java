package cn.hazardledger.hazard.hazard;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "ReportHazard", description = "上报隐患: what an inspector, enterprise or other system reports")
public record ReportHazardRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "餐馆液化气钢瓶与灶具同室存放") String title,
        @NotBlank @Size(max = 4000) String description,
        @NotNull @Pattern(regexp = "\\d{12}", message = "must be a 12-digit administrative division code")
        @Schema(examples = "500240213001") String regionCode,
        @NotNull Industry industry,
        @NotNull HazardSource source,
        @NotNull HazardLevel level,
        @Valid LocationDto location) {

    @Schema(name = "Location")
    public record LocationDto(
            @Size(max = 500) String address,
            @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude) {
    }
}

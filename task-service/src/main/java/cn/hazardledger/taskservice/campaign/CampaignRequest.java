package cn.hazardledger.taskservice.campaign;

import cn.hazardledger.chassis.security.ValidRegionCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "NewCampaign", description = "专项行动方案: title, document number, issuing body, region, year and phases")
public record CampaignRequest(
        @NotBlank @Size(max = 300) @Schema(examples = "三星乡2023年安全生产专项整治行动方案") String title,
        @Size(max = 100) @Schema(examples = "三星府发〔2023〕76号") String documentNumber,
        @Size(max = 200) @Schema(examples = "三星乡人民政府") String issuingBody,
        @NotNull @ValidRegionCode @Schema(examples = "500240213000") String regionCode,
        @NotNull @Min(2000) @Max(2100) @Schema(examples = "2023") Integer year,
        @Valid @Size(max = 12) List<@NotNull @Valid Phase> phases) {

    @Schema(name = "CampaignPhase", description = "阶段: 动员部署, 集中排查, 重点整治, 建章立制 ...")
    public record Phase(@NotBlank @Size(max = 100) @Schema(examples = "集中排查") String name,
                        @Schema(examples = "2023-08-31") LocalDate endsOn) {
    }
}

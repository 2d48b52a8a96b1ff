package cn.hazardledger.hazardservice.publicreport;

import cn.hazardledger.hazardservice.hazard.HazardLevel;
import cn.hazardledger.hazardservice.hazard.HazardType;
import cn.hazardledger.hazardservice.hazard.Industry;
import cn.hazardledger.hazardservice.hazard.ReportHazardRequest;
import cn.hazardledger.hazardservice.hazard.RiskColour;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** The bodies of the township's triage, the reveal and the reward steps. */
public final class PublicReportRequests {

    private PublicReportRequests() {
    }

    @Schema(name = "PublicReportAcceptance", description = "受理 / accept: the township classifies the hazard it reports "
            + "from the report. Title and description default to the report's; location is what the township verified "
            + "(the reporter's GPS is never copied into the hazard)")
    public record Accept(
            @NotNull Industry industry,
            @NotNull HazardLevel level,
            @NotNull HazardType hazardType,
            @NotNull RiskColour riskColour,
            @Size(max = 200) String title,
            @Size(max = 4000) String description,
            @Valid ReportHazardRequest.LocationDto location,
            @Size(max = 1000) @Schema(description = "给举报人的答复 / reply the reporter reads", examples = "已受理，感谢您的举报")
            String publicReply) {
    }

    @Schema(name = "PublicReportDuplicate", description = "重复举报 / the condition is already in the ledger as hazardId")
    public record Duplicate(@NotNull UUID hazardId, @Size(max = 1000) String publicReply) {
    }

    @Schema(name = "PublicReportNotTrue", description = "不属实 / not true, with the reason (staff only)")
    public record NotTrue(@NotBlank @Size(max = 1000) @Schema(examples = "经现场核查，该店铺已停业，未发现烟花爆竹") String reason,
                          @Size(max = 1000) String publicReply) {
    }

    @Schema(name = "PublicReportReveal", description = "查看举报人身份的理由 / why the identity is needed; recorded")
    public record Reveal(@NotBlank @Size(max = 1000) @Schema(examples = "需联系举报人到现场指认隐患位置") String reason) {
    }

    @Schema(name = "PublicReportRewardProposal", description = "有奖举报 / the proposed reward in yuan")
    public record RewardProposal(
            // at most 7 integer digits (under 10 million yuan) and 2 decimals: a maximum beside them would only repeat it
            @NotNull @DecimalMin(value = "0.01") @Digits(integer = 7, fraction = 2)
            @Schema(examples = "500.00", description = "元, positive, at most 2 decimals") BigDecimal amountYuan) {
    }

    @Schema(name = "PublicReportRewardApproval")
    public record RewardApproval(@Size(max = 1000) @Schema(examples = "同意按标准奖励") String note) {
    }

    @Schema(name = "PublicReportRewardPayment")
    public record RewardPayment(
            @NotNull @Schema(examples = "2026-11-26", description = "the day it was paid (China date), not after today")
            LocalDate paidOn) {
    }
}

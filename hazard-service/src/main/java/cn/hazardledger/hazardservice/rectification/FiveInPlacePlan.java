package cn.hazardledger.hazardservice.rectification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * 五到位整改方案 (docs/domain.md, "the five in place"): responsibility, measures, funds, deadline and contingency
 * plan. Every part is required; {@link FiveInPlace#missingParts} names each one that is missing, so that the
 * parts are not annotated @NotNull here (that would name them one validation pass at a time).
 */
@Schema(name = "FiveInPlacePlan", description = "五到位整改方案: 整改责任、措施、资金、时限、预案. A plan missing any part "
        + "is refused with one errors item per missing part.")
public record FiveInPlacePlan(
        @Valid @Schema(description = "整改责任人 / the person responsible") Responsible responsible,
        @Valid @Schema(description = "责任单位 / the responsible unit, when a department rather than the enterprise rectifies")
        Unit responsibleUnit,
        @Size(max = 4000) @Schema(description = "整改措施 / measures", examples = "更换为带熄火保护的灶具，钢瓶移至独立气瓶间并安装可燃气体报警器")
        String measures,
        @Valid @Schema(description = "整改资金 / funds") Funds funds,
        @Schema(description = "整改时限 / deadline, a date in China time", examples = "2026-12-31") LocalDate deadline,
        @Valid @Schema(description = "应急预案 / contingency plan until the hazard is fixed") Contingency contingencyPlan,
        @Size(max = 1000) @Schema(description = "修订原因 / why the plan is revised (revisions only)") String revisionReason) {

    @Schema(name = "ResponsiblePerson")
    public record Responsible(
            @Size(max = 100) @Schema(examples = "张建国") String name,
            @Size(max = 100) @Schema(examples = "安全主管") String post,
            @Size(max = 30) @Pattern(regexp = "^[0-9+\\-() ]{5,30}$", message = "must be a telephone number")
            @Schema(examples = "13800000000") String phone) {
    }

    @Schema(name = "ResponsibleUnit")
    public record Unit(@Size(max = 64) @Schema(examples = "500240-YJJ") String code,
                       @Size(max = 200) @Schema(examples = "忠县应急管理局") String name) {
    }

    @Schema(name = "Funds")
    public record Funds(
            @DecimalMin(value = "0", inclusive = false) @DecimalMax("1000000000000")
            @Digits(integer = 13, fraction = 2, message = "must be yuan with at most 2 decimals")
            @Schema(description = "金额（元）/ amount in yuan", examples = "3500.00") BigDecimal amountYuan,
            @Size(max = 200) @Schema(description = "资金来源 / source", examples = "企业自筹") String source) {
    }

    @Schema(name = "ContingencyPlan")
    public record Contingency(
            @Size(max = 4000) @Schema(examples = "整改期间停用后厨燃气，配置灭火器2具，专人值守") String text,
            @Schema(description = "预案文件 / an uploaded evidence id (PDF), optional") UUID documentId) {
    }
}

package cn.hazardledger.notifyservice.routing;

import cn.hazardledger.chassis.security.ValidRegionCode;
import cn.hazardledger.notifyservice.inbox.NotificationKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RoutingRuleRequest", description = "A routing rule: when eventType happens inside regionCode (of "
        + "industry and level when set), tell the audience. In a slot, only the most specific matching rules apply.")
public record RoutingRuleRequest(
        @NotBlank @Size(max = 200) @Schema(examples = "双报告：燃气隐患报县住建委") String name,
        @NotBlank @Size(max = 100) @Schema(examples = "hazard.reported.v1") String eventType,
        @NotNull @ValidRegionCode @Schema(description = "the area the rule applies to; inside your region",
                examples = "500240000000") String regionCode,
        @Size(max = 40) @Schema(description = "only hazards of this industry", examples = "GAS") String industry,
        @Schema(description = "only hazards of this level", enumeration = {"GENERAL", "MAJOR"}) String level,
        @NotNull Audience audience,
        @Schema(description = "ROLE: the role told", examples = "UNIT") String audienceRole,
        @Schema(description = "ROLE: the level of the event's region whose inbox is told") RegionLevel audienceLevel,
        @Size(max = 64) @Schema(description = "ROLE: one party's own inbox of the role instead of the role's: a unit's "
                + "or an enterprise's code, or name:<name> for a unit or a leader by name", examples = "500240-ZJW")
        String audienceParty,
        @NotNull NotificationKind kind,
        @Size(max = 80) @Pattern(regexp = "[a-z0-9][a-z0-9.-]*", message = "lower-case letters, digits, dots and dashes")
        @Schema(description = "the slot it competes in, e.g. dual-report.industry-department to replace the default "
                + "there", examples = "dual-report.industry-department") String slot,
        @Schema(description = "双报告: the side this rule tells (with kind DUAL_REPORT)") DualReportSide dualReportSide,
        @Schema(defaultValue = "true") Boolean enabled) {
}

package cn.hazardledger.hazardservice.hazard;

import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 核实纳入台账 and 定级: the township confirms a reported hazard and may correct its level, industry, risk colour
 * and type; a major hazard names the determination standard and clause it meets. The ledger keeps what was
 * reported and what was decided.
 */
@Schema(name = "Confirmation", description = "核实定级: the township's decision on a reported hazard. Omitted fields keep "
        + "what was reported. A hazard decided MAJOR must name standardCode (GET /determination-standards) and standardClause.")
public record Confirmation(
        @Size(max = 4000) @Schema(examples = "经分管领导同意，纳入全量库") String note,
        @Schema(description = "定级 / corrected level") HazardLevel level,
        @Schema(description = "corrected industry") Industry industry,
        @Schema(description = "corrected risk colour") RiskColour riskColour,
        @Schema(description = "corrected hazard type") HazardType hazardType,
        @Size(max = 2000) @Schema(description = "隐患原因 / cause, when the report gave none or it is corrected") String cause,
        @Size(max = 32) @Schema(description = "判定标准编号 / determination standard code", examples = "MEM-2023-10") String standardCode,
        @Size(max = 500) @Schema(description = "判定依据条款 / the clause met", examples = "第四条第（二）项") String standardClause) {
}

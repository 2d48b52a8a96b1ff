package cn.hazardledger.hazardservice.standard;

import cn.hazardledger.hazardservice.hazard.Industry;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * A national standard that a major hazard (重大事故隐患) is judged against (docs/domain.md, "level"), as the
 * catalogue in {@code standards/determination-standards.json} lists it.
 */
@Schema(name = "DeterminationStandard", description = "重大事故隐患判定标准 / a national determination standard for major hazards")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeterminationStandard(
        @Schema(description = "stable code of this catalogue, named after the issuer, year and number",
                examples = "MEM-2023-10") String code,
        @Schema(examples = "工贸企业重大事故隐患判定标准") String title,
        @Schema(examples = "应急管理部") String issuer,
        @Schema(description = "the document number it was issued under", examples = "应急管理部令第10号") String documentNumber,
        // required: a missing year or inForce would otherwise be read as 0 or false without a word
        @JsonProperty(required = true) @Schema(description = "year of issue", examples = "2023") int year,
        @Schema(description = "the industries whose major hazards it judges") List<Industry> industries,
        @JsonProperty(required = true) @Schema(description = "false once repealed or replaced") boolean inForce,
        @Schema(description = "the code of the standard that replaced it; absent while in force", examples = "MEM-2023-10")
        String supersededBy,
        @Schema(description = "its scope, and where this catalogue's entry comes from") String description) {

    public DeterminationStandard {
        // the catalogue's reader reports a missing list; here it only must not be null or shared
        industries = industries == null ? List.of() : List.copyOf(industries);
    }

    public boolean appliesTo(Industry industry) {
        // an immutable list throws on contains(null)
        return industry != null && industries.contains(industry);
    }
}

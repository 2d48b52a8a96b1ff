package cn.hazardledger.hazardservice.hazard;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of GET /hazards as sent, all combinable; {@link HazardFilter#of} parses them into what the query
 * needs, each refusal a 400 naming its parameter.
 */
public class HazardQuery {

    @QueryParam("status")
    @Parameter(schema = @Schema(implementation = HazardStatus.class))
    public String status;

    @QueryParam("level")
    @Parameter(schema = @Schema(implementation = HazardLevel.class))
    public String level;

    @QueryParam("industry")
    @Parameter(schema = @Schema(implementation = Industry.class))
    public String industry;

    @QueryParam("source")
    @Parameter(schema = @Schema(implementation = HazardSource.class))
    public String source;

    @QueryParam("riskColour")
    @Parameter(schema = @Schema(implementation = RiskColour.class))
    public String riskColour;

    @QueryParam("region")
    @Parameter(description = "a region code within yours: that region and everything under it",
            schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{12}$", examples = "500240213000"))
    public String region;

    @QueryParam("creditCode")
    @Parameter(description = "the enterprise's unified social credit code",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9A-HJ-NPQRTUWXY]{18}$", examples = "91350100M000100Y43"))
    public String creditCode;

    @QueryParam("overdue")
    @Parameter(description = "true: only hazards whose deadline has passed while still being rectified (超期)",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String overdue;

    @QueryParam("listed")
    @Parameter(description = "true: only hazards listed for supervision now (挂牌督办)", schema = @Schema(type = SchemaType.BOOLEAN))
    public String listed;

    @QueryParam("escalated")
    @Parameter(description = "true: only hazards handed up to the county pool or pushed to an industry department",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public String escalated;

    @QueryParam("responsibleUnit")
    @Parameter(description = "the unit code a plan names as responsible", schema = @Schema(type = SchemaType.STRING, maxLength = 64))
    public String responsibleUnit;

    @QueryParam("reportedFrom")
    @Parameter(description = "reported on or after this China date", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String reportedFrom;

    @QueryParam("reportedTo")
    @Parameter(description = "reported on or before this China date", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String reportedTo;

    @QueryParam("deadlineFrom")
    @Parameter(description = "deadline on or after this date", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String deadlineFrom;

    @QueryParam("deadlineTo")
    @Parameter(description = "deadline on or before this date", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String deadlineTo;

    @QueryParam("closedFrom")
    @Parameter(description = "closed (销号) on or after this China date", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String closedFrom;

    @QueryParam("closedTo")
    @Parameter(description = "closed (销号) on or before this China date", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String closedTo;

    @QueryParam("q")
    @Parameter(description = "free text over title, description and enterprise name; every word (split on spaces) "
            + "must appear, anywhere, e.g. 消防通道 or 粉尘 除尘器", schema = @Schema(type = SchemaType.STRING, maxLength = 100,
            examples = "消防通道"))
    public String q;

    @QueryParam("sort")
    @Parameter(description = "-reportedAt (newest first, the default), reportedAt, deadline (soonest first, none last), "
            + "-deadline, -level (major first, then newest), level", schema = @Schema(type = SchemaType.STRING,
            enumeration = {"-reportedAt", "reportedAt", "deadline", "-deadline", "-level", "level"}))
    public String sort;
}

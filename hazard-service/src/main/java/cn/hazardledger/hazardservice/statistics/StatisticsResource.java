package cn.hazardledger.hazardservice.statistics;

import cn.hazardledger.chassis.audit.AuditTrail;
import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.hazardservice.hazard.HazardLevel;
import cn.hazardledger.hazardservice.hazard.Industry;
import cn.hazardledger.hazardservice.statistics.StatisticsViews.Statistics;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * 隐患排查治理情况统计: the statutory form for a region and a period. For the desks that file it (township, county
 * and higher regulators), their leaders, and systems that report from it within their token's region (SYSTEM:
 * notify-service's bulletins, a superior's reporting system); an enterprise or a unit sees only part of its region's ledger, so a
 * region's form is not theirs to read, and an inspector works in the field, not on forms.
 */
@Path("/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "statistics", description = "隐患排查治理情况统计")
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @Inject
    Caller caller;

    @Inject
    AuditTrail audit;

    @GET
    @RolesAllowed({Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
    @Operation(summary = "隐患排查治理情况统计表 / the hazard statistics form",
            description = "For a region (yours by default) and a period of China dates, from and to inclusive (by "
                    + "default 1 January of to's year to today): hazards found, rectified and the rectification rate, "
                    + "general and major apart; major hazards with the five in place and listed for supervision; "
                    + "closed, overdue, average days to close and funds spent. One row per child region (a county's "
                    + "townships, a township's villages) and a total that is the sum of the rows, each by industry. "
                    + "Found means reported in the period and in the ledger; rectified, closed and overdue are as of "
                    + "asOf. Roles TOWNSHIP, REGULATOR, LEADER, and SYSTEM (another service, e.g. notify-service's "
                    + "bulletins); a region outside yours is a 404.")
    @APIResponse(responseCode = "200", description = "the form",
            content = @Content(schema = @Schema(implementation = Statistics.class)))
    @APIResponse(responseCode = "400", description = "a parameter is not valid: errors[] names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "from after to", value = """
                    {"type": "https://hazard-ledger.cn/problems/validation", "title": "请求参数不合法 / invalid request",
                     "status": 400, "detail": "from: must not be after to (2026-03-31)",
                     "errors": [{"field": "from", "reason": "must not be after to (2026-03-31)"}]}""")))
    @APIResponse(responseCode = "403", description = "your role does not read statistics (ENTERPRISE, UNIT, "
            + "INSPECTOR), or your token has no region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "an enterprise", value = """
                    {"type": "https://hazard-ledger.cn/problems/forbidden", "title": "无权操作 / not allowed for this role",
                     "status": 403, "detail": "your role may not do this"}""")))
    @APIResponse(responseCode = "404", description = "the region is outside yours",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "another county", value = """
                    {"type": "https://hazard-ledger.cn/problems/not-found", "title": "资源不存在 / not found",
                     "status": 404, "detail": "no region 500241000000 in your region 500240000000"}""")))
    public Statistics statistics(
            @QueryParam("region") @Parameter(description = "the region counted, within yours (default yours)",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^\\d{12}$", examples = "500240000000")) String region,
            @QueryParam("from") @Parameter(description = "first day of the period, China date (default 1 January of to's year)",
                    schema = @Schema(type = SchemaType.STRING, format = "date", examples = "2026-01-01")) String from,
            @QueryParam("to") @Parameter(description = "last day of the period, China date, not after today (default today)",
                    schema = @Schema(type = SchemaType.STRING, format = "date", examples = "2026-03-31")) String to,
            @QueryParam("industry") @Parameter(description = "count only this industry",
                    schema = @Schema(implementation = Industry.class)) String industry,
            @QueryParam("level") @Parameter(description = "count only this level",
                    schema = @Schema(implementation = HazardLevel.class)) String level) {
        if (region != null && !region.isBlank() && !region.strip().equals(caller.region().value())) {
            // a region other than one's own is someone else's figures: recorded, whatever the answer (等保 2.0)
            audit.sensitiveRead("statistics.other-region");
        }
        return statistics.of(StatisticsQuery.of(region, from, to, industry, level, caller.region(),
                statistics.today()));
    }
}

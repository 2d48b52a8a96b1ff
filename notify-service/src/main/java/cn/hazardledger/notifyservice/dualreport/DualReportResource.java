package cn.hazardledger.notifyservice.dualreport;

import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.chassis.web.QueryParams;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who was told of a major hazard and who confirmed it: what a county asks when it checks 双报告 was done. */
@Path("/dual-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "dual-reports", description = "双报告回执")
@RolesAllowed({Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER})
public class DualReportResource {

    @Inject
    DualReportQueries reports;

    @GET
    @Operation(summary = "双报告列表 / dual reports", description = "The dual reports of major hazards in your region, "
            + "newest first; done=false lists those still waiting for an acknowledgement.")
    public DualReportPage list(@QueryParam("done") @Parameter(description = "true: only done; false: only waiting",
                                       schema = @Schema(type = SchemaType.BOOLEAN)) String done,
                               @QueryParam("cursor") String cursor,
                               @QueryParam("limit") @Parameter(description = "page size, 1 to 100 (default 20)",
                                       schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                                               defaultValue = "20")) String limit) {
        return reports.list(done == null ? null : QueryParams.flag(done, "done"), cursor, QueryParams.limit(limit));
    }

    @GET
    @Path("/{hazardId}")
    @Operation(summary = "双报告状态 / a hazard's dual report", description = "Each side (township government, "
            + "industry department) with each recipient's receipt: delivered, read by whom, acknowledged by whom and "
            + "when, reminders sent. Done when both sides acknowledged. 404 unless the hazard is in your region and "
            + "was reported as major.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DualReportView.class)))
    public DualReportView get(@PathParam("hazardId") @Parameter(description = "the hazard's id") String hazardId) {
        return reports.get(hazardId);
    }
}

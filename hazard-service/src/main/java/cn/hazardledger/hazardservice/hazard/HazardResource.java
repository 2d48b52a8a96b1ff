package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.idempotency.Idempotency;
import cn.hazardledger.chassis.idempotency.IdempotentResponse;
import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.chassis.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import cn.hazardledger.hazardservice.ledger.LedgerEntryView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/hazards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "hazards", description = "隐患台账")
public class HazardResource {

    @Inject
    HazardService hazards;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @Inject
    Steps steps;

    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.SYSTEM})
    @Operation(summary = "上报隐患 / report a hazard",
            description = "Records the hazard as REPORTED, opens its ledger and publishes hazard.reported.v1. "
                    + "Send an Idempotency-Key to make retries safe: a retry answers the first response again.")
    @APIResponse(responseCode = "201", description = "reported",
            content = @Content(schema = @Schema(implementation = HazardView.class)))
    @APIResponse(responseCode = "400", description = "invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@Valid @NotNull ReportHazardRequest request,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey,
                           @Context UriInfo uri) {
        IdempotentResponse<HazardView> answer = idempotency.once(caller.subject(), idempotencyKey, request,
                HazardView.class, () -> {
                    HazardView view = hazards.report(request);
                    return IdempotentResponse.fresh(201, "/hazards/" + view.id(), view);
                });
        return Response.status(answer.status())
                .location(URI.create(uri.getBaseUri().toString().replaceAll("/$", "") + answer.location()))
                .tag(etag(answer.body().version()))
                .header("Idempotent-Replayed", answer.replayed())
                .entity(answer.body()).build();
    }

    @GET
    // only a uuid is a hazard: /hazards/imports and the like are resources of their own, and GET on them is a 405
    @Path("/{id: [0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}")
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
    @Operation(summary = "查看隐患 / read a hazard", description = "Answers 404 for ids outside your region. "
            + "Send If-None-Match with the ETag to get 304 when nothing changed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HazardView.class)))
    @APIResponse(responseCode = "304", description = "not modified since the ETag in If-None-Match")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        Hazard hazard = hazards.findVisible(id).orElseThrow(HazardService::notFound);
        EntityTag tag = etag(hazard.version);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(hazards.view(hazard)).tag(tag).build();
    }

    @GET
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
    @Operation(summary = "隐患列表 / list hazards in your region", description = "Cursor-paginated in the order of "
            + "`sort` (newest first by default); the cursor stays exact under every sort while hazards are written. "
            + "Filters combine: status, level, industry, source, riskColour, region (and everything under it), "
            + "creditCode, overdue, listed, escalated, responsibleUnit, reported and deadline date ranges, and free "
            + "text `q` (Chinese words anywhere in title, description or enterprise name). `fields` answers only the "
            + "properties named (and id).")
    @APIResponse(responseCode = "200", description = "one page; items hold only the selected fields when `fields` is sent",
            content = @Content(schema = @Schema(implementation = HazardPage.class)))
    public Response list(@jakarta.ws.rs.BeanParam HazardQuery query,
                         @QueryParam("cursor") String cursor,
                         @QueryParam("limit") @Parameter(description = "page size, 1 to 100 (default 20)",
                                 schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String limit,
                         @QueryParam("fields") @Parameter(description = "comma-separated properties of a hazard to answer, e.g. "
                                 + "title,status,level,deadline (id always comes along)",
                                 schema = @Schema(type = SchemaType.STRING, examples = "title,status,level,overdue")) String fields) {
        HazardFields selection = HazardFields.of(fields);
        HazardPage page = hazards.list(HazardFilter.of(query), HazardSort.of(query.sort), cursor, QueryParams.limit(limit));
        if (selection == null) {
            return Response.ok(page).build();
        }
        return Response.ok(new SelectedPage(page.items().stream().map(v -> selection.select(v, json)).toList(),
                page.nextCursor())).build();
    }

    /** A page whose items carry only the selected fields. */
    public record SelectedPage(List<ObjectNode> items, String nextCursor) {
    }

    @GET
    @Path("/{id}/entries")
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
    @Operation(summary = "隐患台账记录 / the hazard's ledger", description = "Every signed entry, oldest first.")
    public List<LedgerEntryView> entries(@PathParam("id") UUID id) {
        return hazards.entries(hazards.findVisible(id).orElseThrow(HazardService::notFound));
    }

    @POST
    @Path("/{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.TOWNSHIP, Roles.LEADER})
    @Operation(summary = "核实纳入台账（定级）/ confirm into the ledger",
            description = "The township confirms a REPORTED hazard into its full ledger (纳入全量库), gives it its "
                    + "ledger number (YH-<county>-<year>-<seq>) and may correct level, industry, risk colour, type and "
                    + "cause (定级); the entry keeps what was reported and what was decided. A hazard decided MAJOR "
                    + "names its determination standard and clause. Publishes hazard.confirmed.v1. The body is a JSON "
                    + "object, {} when nothing is corrected. If-Match with the hazard's ETag is required.")
    @RequestBody(content = @Content(schema = @Schema(implementation = Confirmation.class), examples = @ExampleObject(
            name = "定级为重大隐患 / decided major", value = """
            {"note": "经分管领导同意，纳入全量库", "level": "MAJOR", "riskColour": "RED",
             "standardCode": "MEM-2023-10", "standardClause": "第四条第（二）项"}""")))
    @APIResponse(responseCode = "200", description = "confirmed; ETag is the new version",
            content = @Content(schema = @Schema(implementation = HazardView.class)))
    public Response confirm(@PathParam("id") UUID id, @Valid @NotNull Confirmation decision,
                            @HeaderParam("If-Match") String ifMatch,
                            @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return steps.take(id, "confirm", decision, idempotencyKey, () -> hazards.confirm(id, ifMatch, decision));
    }

    @POST
    @Path("/{id}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.TOWNSHIP, Roles.LEADER})
    @Operation(summary = "退回 / reject", description = "The township rejects a REPORTED hazard as not true "
            + "(不属实) or as a duplicate (重复) of the original it names in duplicateOf, which then lists it under "
            + "GET /hazards/{id}/duplicates. Publishes hazard.rejected.v1. If-Match is required.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RejectionRequest.class), examples = @ExampleObject(
            name = "重复 / duplicate", value = """
            {"reason": "DUPLICATE", "duplicateOf": "3f1c2a9e-6b1d-4c8e-9a40-2f7d0c1b5e11", "note": "与上周网格员上报的为同一处"}""")))
    @APIResponse(responseCode = "200", description = "rejected; ETag is the new version",
            content = @Content(schema = @Schema(implementation = HazardView.class)))
    public Response reject(@PathParam("id") UUID id, @Valid @NotNull RejectionRequest rejection,
                           @HeaderParam("If-Match") String ifMatch,
                           @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return steps.take(id, "reject", rejection, idempotencyKey, () -> hazards.reject(id, ifMatch, rejection));
    }

    @GET
    @Path("/{id}/duplicates")
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
    @Operation(summary = "重复上报 / the hazard's duplicates", description = "Hazards rejected as duplicates of this one, "
            + "oldest first, those in your scope.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HazardView.class, type = SchemaType.ARRAY)))
    public List<HazardView> duplicates(@PathParam("id") UUID id) {
        Hazard original = hazards.findVisible(id).orElseThrow(HazardService::notFound);
        return hazards.duplicatesOf(original);
    }

    static EntityTag etag(long version) {
        return Steps.etag(version);
    }
}

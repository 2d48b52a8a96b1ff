package cn.hazardledger.notifyservice.routing;

import cn.hazardledger.chassis.idempotency.Idempotency;
import cn.hazardledger.chassis.idempotency.IdempotentResponse;
import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import cn.hazardledger.chassis.web.QueryParams;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/routing-rules")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "routing-rules", description = "通知路由规则 (admin)")
@RolesAllowed(Roles.REGULATOR)
public class RoutingRuleResource {

    private static final String EXAMPLE = """
            {"name": "双报告：燃气隐患报县住建委", "eventType": "hazard.reported.v1", "regionCode": "500240000000",
             "industry": "GAS", "level": "MAJOR", "audience": "ROLE", "audienceRole": "UNIT", "audienceLevel": "COUNTY",
             "audienceParty": "500240-ZJW", "kind": "DUAL_REPORT", "slot": "dual-report.industry-department",
             "dualReportSide": "INDUSTRY_DEPARTMENT", "enabled": true}""";

    /** A shipped rule's id or a stored rule's UUID: so that /audit and /preview are never taken for an id. */
    static final String ID = "/{id: default[^/]+|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}";

    @Inject
    RoutingRules rules;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @GET
    @Operation(summary = "路由规则 / routing rules", description = "The rules that ship (builtIn, read-only), the "
            + "rules made inside your region, and those of wider regions that apply to it. Not paginated: a region "
            + "holds tens of rules.")
    public List<RoutingRuleView> list(@QueryParam("eventType") @Parameter(description = "only rules of this event type")
                                      String eventType) {
        if (eventType != null && !EventTypes.ROUTABLE.contains(eventType)) {
            throw ProblemException.invalidField("eventType", "must be one of " + EventTypes.ROUTABLE);
        }
        return rules.list(eventType);
    }

    @GET
    @Path(RoutingRuleResource.ID)
    @Operation(summary = "查看规则 / read a rule", description = "A shipped rule by its id default:<name>, or a stored "
            + "rule (with its ETag).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RoutingRuleView.class)))
    public Response get(@PathParam("id") String id) {
        RoutingRuleView view = rules.get(id);
        Response.ResponseBuilder ok = Response.ok(view);
        return (view.version() == null ? ok : ok.tag(etag(view.version()))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "新增规则 / add a rule", description = "For your region or an area inside it (403 otherwise). "
            + "Put it in a shipped rule's slot to replace that rule in its area: in a slot only the most specific "
            + "matching rules apply (deeper region, then industry, then level). Audited. Idempotency-Key honoured.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RoutingRuleRequest.class),
            examples = @ExampleObject(name = "gas department", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "created; Location and ETag name it",
            content = @Content(schema = @Schema(implementation = RoutingRuleView.class)))
    public Response create(@Valid @NotNull RoutingRuleRequest request, @HeaderParam(Idempotency.HEADER) String key) {
        IdempotentResponse<RoutingRuleView> answer = idempotency.once(caller.subject(), key, request,
                RoutingRuleView.class, () -> {
                    RoutingRuleView view = rules.create(request);
                    return IdempotentResponse.fresh(201, "/routing-rules/" + view.id(), view);
                });
        return Response.status(answer.status()).location(URI.create(answer.location()))
                .tag(etag(answer.body().version())).header("Idempotent-Replayed", answer.replayed())
                .entity(answer.body()).build();
    }

    @PUT
    @Path(RoutingRuleResource.ID)
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "修改规则 / change a rule", description = "The whole rule, as for creation. If-Match with its "
            + "ETag is required (428 without, 412 when stale). Shipped rules do not change (409). Audited.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RoutingRuleRequest.class),
            examples = @ExampleObject(name = "gas department", value = EXAMPLE)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RoutingRuleView.class)))
    public Response update(@PathParam("id") String id, @Valid @NotNull RoutingRuleRequest request,
                           @HeaderParam("If-Match") @Parameter(description = "the ETag you read") String ifMatch) {
        RoutingRuleView view = rules.update(id, request, ifMatch);
        return Response.ok(view).tag(etag(view.version())).build();
    }

    @DELETE
    @Path(RoutingRuleResource.ID)
    @Transactional
    @Operation(summary = "删除规则 / delete a rule", description = "If-Match with its ETag is required. Shipped rules "
            + "do not go (409): replace one in your region through its slot, with audience NOBODY to silence it. Audited.")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("id") String id,
                           @HeaderParam("If-Match") @Parameter(description = "the ETag you read") String ifMatch) {
        rules.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/audit")
    @Operation(summary = "规则变更记录 / rule changes", description = "Every change made by regulators of your region "
            + "(and inside it), newest first: who, role, region, when, the rule before and after.")
    public RoutingRuleAuditView.Page audit(@QueryParam("ruleId") @Parameter(description = "one rule's changes") String ruleId,
                                           @QueryParam("cursor") String cursor,
                                           @QueryParam("limit") @Parameter(description = "page size, 1 to 100 (default 20)",
                                                   schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                                                           maximum = "100", defaultValue = "20")) String limit) {
        UUID rule = ruleId == null ? null : QueryParams.uuid(ruleId, "ruleId");
        return rules.audit(rule, cursor, QueryParams.limit(limit));
    }

    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "试算路由 / who would hear", description = "Routes an event as given, by the rules in force, "
            + "and answers the inboxes that would be told and why; nothing is written or sent. The event's region "
            + "must be inside yours (403).")
    @RequestBody(content = @Content(schema = @Schema(implementation = PreviewRequest.class), examples = @ExampleObject(
            name = "major gas hazard", value = """
            {"eventType": "hazard.reported.v1", "regionCode": "500240213001", "data": {"hazardId":
             "0b7e0f62-2f5c-4a57-9d55-0f3a3c1f8a11", "title": "燃气管道腐蚀泄漏", "industry": "GAS", "level": "MAJOR"}}""")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = PreviewRoute.class)))
    public List<PreviewRoute> preview(@Valid @NotNull PreviewRequest request) {
        if (!caller.region().covers(RegionCode.of(request.regionCode()))) {
            throw new ProblemException(ProblemType.FORBIDDEN, "regionCode " + request.regionCode()
                    + " is outside your region " + caller.region().value());
        }
        if (!EventTypes.ROUTABLE.contains(request.eventType())) {
            throw ProblemException.invalidField("eventType", "must be one of " + EventTypes.ROUTABLE);
        }
        ObjectNode data = request.data() == null ? json.createObjectNode() : json.valueToTree(request.data());
        data.put("regionCode", request.regionCode());
        return rules.routes(new Occurrence(UUID.randomUUID(), request.eventType(), data)).stream()
                .map(PreviewRoute::of).toList();
    }

    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }
}

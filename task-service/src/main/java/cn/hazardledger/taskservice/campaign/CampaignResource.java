package cn.hazardledger.taskservice.campaign;

import cn.hazardledger.chassis.idempotency.Idempotency;
import cn.hazardledger.chassis.idempotency.IdempotentResponse;
import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.Roles;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import java.util.Map;
import java.util.UUID;

@Path("/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "campaigns", description = "专项行动与任务分解")
public class CampaignResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv";

    @Inject
    CampaignService campaigns;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @Inject
    ProgressReports progress;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.TOWNSHIP, Roles.REGULATOR})
    @Operation(summary = "新建专项行动方案 / create a campaign", description = "A DRAFT campaign of a region within yours; "
            + "import its breakdown table next (PUT /campaigns/{id}/breakdown). Idempotency-Key makes retries safe.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CampaignRequest.class), examples = @ExampleObject(
            name = "三星乡2023", value = """
            {"title": "三星乡2023年安全生产专项整治行动方案", "documentNumber": "三星府发〔2023〕76号",
             "issuingBody": "三星乡人民政府", "regionCode": "500240213000", "year": 2023,
             "phases": [{"name": "动员部署", "endsOn": "2023-05-20"}, {"name": "集中排查", "endsOn": "2023-08-31"},
                        {"name": "重点整治", "endsOn": "2023-11-30"}, {"name": "建章立制", "endsOn": "2023-12-31"}]}""")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    public Response create(@Valid @NotNull CampaignRequest request, @HeaderParam(Idempotency.HEADER) String key,
                           @Context UriInfo uri) {
        IdempotentResponse<CampaignView> answer = idempotency.once(caller.subject(), key, request, CampaignView.class, () -> {
            CampaignView view = campaigns.create(request);
            return IdempotentResponse.fresh(201, "/campaigns/" + view.id(), view);
        });
        return Response.status(answer.status())
                .location(URI.create(uri.getBaseUri().toString().replaceAll("/$", "") + answer.location()))
                .tag(etag(answer.body().version())).header("Idempotent-Replayed", answer.replayed())
                .entity(answer.body()).build();
    }

    @GET
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
    @Operation(summary = "专项行动列表 / campaigns", description = "Campaigns of your region and below it, and of the "
            + "regions above it (your county's, city's, province's), newest first.")
    public CampaignPage list(@QueryParam("cursor") String cursor,
                             @QueryParam("limit") @Parameter(description = "page size, 1 to 100 (default 20)",
                                     schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String limit) {
        return campaigns.list(cursor, QueryParams.limit(limit));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
    @Operation(summary = "查看方案 / read a campaign", description = "ETag and If-None-Match (304) as for hazards.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "304", description = "not modified since the ETag in If-None-Match")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        Campaign c = campaigns.findVisible(id).orElseThrow(CampaignService::notFound);
        EntityTag tag = etag(c.version);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return unchanged != null ? unchanged.build() : Response.ok(campaigns.view(c)).tag(tag).build();
    }

    @GET
    @Path("/{id}/tree")
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
    @Operation(summary = "任务分解树 / the breakdown tree", description = "Main actions, key tasks and specific tasks in "
            + "document order and numbering, with progress (done, in time, overdue) rolled up to each level.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignTree.class)))
    public CampaignTree tree(@PathParam("id") UUID id) {
        return campaigns.tree(campaigns.findVisible(id).orElseThrow(CampaignService::notFound));
    }

    @PUT
    @Path("/{id}/breakdown")
    @Consumes({CSV, XLSX})
    @Transactional
    @RolesAllowed({Roles.TOWNSHIP, Roles.REGULATOR})
    @Operation(summary = "导入任务分解表 / import the breakdown table", description = "The table as governments keep it "
            + "(序号, 主要行动, 重点任务, 具体任务, 牵头领导, 责任科室, 完成时限, 备注), as CSV (UTF-8 or GBK) or XLSX, sent as "
            + "the body. A blank cell or a merged region means \"same as above\"; title rows above the header are "
            + "skipped. All or nothing: a bad file imports nothing and is answered 400 with every bad row and "
            + "column in Chinese (errors[], problems[]). The same file again changes nothing (changed: false). "
            + "Only a DRAFT campaign imports (409 otherwise). If-Match with the campaign's ETag is required.")
    @RequestBody(content = {@Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BreakdownImported.class)))
    public Response importBreakdown(@PathParam("id") UUID id, byte[] content, @HeaderParam("If-Match") String ifMatch,
                                    @HeaderParam("Content-Type") String contentType) {
        String name = contentType != null && contentType.startsWith(XLSX) ? "breakdown.xlsx" : "breakdown.csv";
        BreakdownImported imported = campaigns.importBreakdown(id, ifMatch, content == null ? new byte[0] : content, name);
        return Response.ok(imported).tag(etag(imported.version())).build();
    }

    @GET
    @Path("/{id}/breakdown")
    @Produces(XLSX)
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
    @Operation(summary = "导出任务分解表 / export the breakdown table", description = "XLSX in the layout it was "
            + "imported in (序号 … 备注), with a title row, merged cells for repeated actions, key tasks, leaders, units and "
            + "deadlines, frozen headers and widths that fit Chinese text. Importing it gives the same breakdown.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@PathParam("id") UUID id) {
        Campaign c = campaigns.findVisible(id).orElseThrow(CampaignService::notFound);
        var breakdown = CampaignBreakdown.of(campaigns.items(c));
        String title = c.breakdownTitle != null ? c.breakdownTitle : c.title + "任务分解表";
        jakarta.ws.rs.core.StreamingOutput body = out -> cn.hazardledger.taskservice.campaign.breakdown.BreakdownExport
                .write(breakdown, title, out);
        String file = java.net.URLEncoder.encode(c.title + "-任务分解表.xlsx", java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"breakdown.xlsx\"; "
                + "filename*=UTF-8''" + file).build();
    }

    @POST
    @Path("/{id}/publication")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.TOWNSHIP, Roles.REGULATOR})
    @Operation(summary = "发布方案 / publish", description = "A DRAFT campaign whose breakdown was imported goes into force "
            + "(PUBLISHED); its tasks then take progress reports and its breakdown no longer changes. Body {}. If-Match "
            + "required. Publishes campaign.published.v1.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CampaignStep.class),
            examples = @ExampleObject(name = "发布", value = "{\"note\": \"经乡党委会议审议通过\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    public Response publish(@PathParam("id") UUID id, @Valid @NotNull CampaignStep body,
                            @HeaderParam("If-Match") String ifMatch) {
        CampaignView view = campaigns.publish(id, ifMatch);
        return Response.ok(view).tag(etag(view.version())).build();
    }

    @POST
    @Path("/{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.TOWNSHIP, Roles.REGULATOR})
    @Operation(summary = "结束方案 / close", description = "A PUBLISHED campaign ends (CLOSED): its tasks take no more "
            + "reports and no more instances are opened. Body {}. If-Match required.")
    @RequestBody(content = @Content(schema = @Schema(implementation = CampaignStep.class),
            examples = @ExampleObject(name = "结束", value = "{\"note\": \"专项行动结束，转入常态化\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignView.class)))
    public Response close(@PathParam("id") UUID id, @Valid @NotNull CampaignStep body,
                          @HeaderParam("If-Match") String ifMatch) {
        CampaignView view = campaigns.close(id, ifMatch);
        return Response.ok(view).tag(etag(view.version())).build();
    }

    @GET
    @Path("/{id}/tasks")
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
    @Operation(summary = "单位/领导任务清单 / a unit's or a leader's tasks", description = "The campaign's specific tasks "
            + "that name the unit (责任科室) and/or the leader (牵头领导), in document order. A UNIT caller without "
            + "parameters gets its own (unit_name claim), a LEADER its own (name claim).")
    public List<CampaignTree.Specific> tasks(@PathParam("id") UUID id, @QueryParam("unit") String unit,
                                             @QueryParam("leader") String leader) {
        Campaign c = campaigns.findVisible(id).orElseThrow(CampaignService::notFound);
        String u = unit != null ? unit.strip() : Roles.UNIT.equals(caller.role()) ? caller.unitName().orElse(null) : null;
        String l = leader != null ? leader.strip() : Roles.LEADER.equals(caller.role()) ? caller.name().orElse(null) : null;
        return campaigns.tree(c).actions().stream().flatMap(a -> a.keyTasks().stream())
                .flatMap(k -> k.specificTasks().stream())
                .filter(t -> (u == null || t.units().contains(u)) && (l == null || t.leaders().contains(l))).toList();
    }

    @POST
    @Path("/{id}/tasks/{taskId}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.UNIT, Roles.LEADER, Roles.TOWNSHIP, Roles.REGULATOR})
    @Operation(summary = "报告进展 / report progress", description = "On a PUBLISHED campaign's specific task, by the "
            + "township or a regulator of its region, a unit it names or a leader it names (403 otherwise). completes: "
            + "true makes it the final report: the task is DONE and takes no more (409). Idempotency-Key makes "
            + "retries safe. Publishes campaign.progress-reported.v1.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ProgressRequest.class), examples = @ExampleObject(
            name = "完成", value = "{\"text\": \"已召开党委会议专题学习，形成会议纪要\", \"completes\": true}")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ProgressView.class)))
    @APIResponse(responseCode = "409", description = "the campaign is not PUBLISHED, or the task is done",
            content = @Content(mediaType = "application/problem+json"))
    public Response report(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId,
                           @Valid @NotNull ProgressRequest request, @HeaderParam(Idempotency.HEADER) String key,
                           @Context UriInfo uri) {
        IdempotentResponse<ProgressView> answer = idempotency.once(caller.subject(), key,
                Map.of("campaign", id.toString(), "task", taskId.toString(), "report", request), ProgressView.class, () -> {
                    ProgressView view = progress.report(id, taskId, request);
                    return IdempotentResponse.fresh(201, "/campaigns/" + id + "/tasks/" + taskId + "/reports", view);
                });
        return Response.status(answer.status())
                .location(URI.create(uri.getBaseUri().toString().replaceAll("/$", "") + answer.location()))
                .header("Idempotent-Replayed", answer.replayed()).entity(answer.body()).build();
    }

    @GET
    @Path("/{id}/tasks/{taskId}/instances")
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
    @Operation(summary = "周期实例 / a recurring task's instances", description = "One per period (2023-M05, 2023-Q2 …) "
            + "of an ongoing task with a cadence, opened by a scheduled job from the campaign's publication on; each "
            + "with its due date and status, done by a final report naming its periodKey.")
    public List<InstanceView> instances(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId) {
        return progress.instances(id, taskId).stream().map(InstanceView::of).toList();
    }

    @GET
    @Path("/{id}/tasks/{taskId}/reports")
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
    @Operation(summary = "进展报告 / a task's progress reports", description = "Oldest first.")
    public List<ProgressView> reports(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId) {
        return progress.reports(id, taskId);
    }

    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }
}

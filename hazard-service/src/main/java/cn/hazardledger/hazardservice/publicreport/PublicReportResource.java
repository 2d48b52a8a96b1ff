package cn.hazardledger.hazardservice.publicreport;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
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

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Staff's side of public reports: the region's TOWNSHIP, REGULATOR and LEADER read them (an id outside the region
 * answers 404); the township triages, reveals and records rewards, a regulator or leader approves rewards. The
 * same root as the public intake, so that a wrong method on a report path is a 405 with Allow.
 */
@Path("/public-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "public reports", description = "群众举报 / 吹哨人 / 有奖举报")
public class PublicReportResource {

    static final String UUID_PATH = "{id: [0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}";

    @Inject
    PublicReportService reports;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER})
    @Operation(summary = "举报列表 / public reports of your region", description = "Newest first, keyset-paginated "
            + "(pass nextCursor back as cursor). Filters: status, kind. Identity and contact never appear: only "
            + "reporterIdentified and masked hints; GPS for TOWNSHIP and REGULATOR only.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicReportViews.Page.class)))
    public PublicReportViews.Page list(
            @QueryParam("status") @Parameter(schema = @Schema(implementation = PublicReportStatus.class)) String status,
            @QueryParam("kind") @Parameter(schema = @Schema(implementation = PublicReportKind.class)) String kind,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @Parameter(description = "page size, 1 to 100 (default 20)",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String limit) {
        return reports.list(QueryParams.enumValue(PublicReportStatus.class, status, "status"),
                QueryParams.enumValue(PublicReportKind.class, kind, "kind"), cursor, QueryParams.limit(limit));
    }

    @GET
    @Path(UUID_PATH)
    @RolesAllowed({Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER})
    @Operation(summary = "查看举报 / read a public report", description = "Without the reporter's identity: "
            + "reporterIdentified and masked hints only (reveal: POST /public-reports/{id}/reveal). GPS for TOWNSHIP "
            + "and REGULATOR only. ETag is its version; If-None-Match answers 304.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicReportViews.Staff.class)))
    @APIResponse(responseCode = "304", description = "not modified since the ETag in If-None-Match")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        PublicReport report = reports.findVisible(id);
        EntityTag tag = etag(report.version);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.build();
        }
        return Response.ok(reports.view(report)).tag(tag).build();
    }

    @GET
    @Path(UUID_PATH + "/entries")
    @RolesAllowed({Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER})
    @Operation(summary = "举报处理记录 / the report's history", description = "Received, triaged, revealed (with "
            + "the reason), rewarded: oldest first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicReportViews.Entry.class, type = SchemaType.ARRAY)))
    public List<PublicReportViews.Entry> entries(@PathParam("id") UUID id) {
        return reports.history(reports.findVisible(id));
    }

    @GET
    @Path(UUID_PATH + "/photos")
    @RolesAllowed({Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER})
    @Operation(summary = "举报照片 / the report's photos", description = "What the reporter sent, oldest first, without "
            + "the files; gps (from EXIF) for TOWNSHIP and REGULATOR only.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicReportViews.Photo.class, type = SchemaType.ARRAY)))
    public List<PublicReportViews.Photo> photos(@PathParam("id") UUID id) {
        return reports.photos(reports.findVisible(id));
    }

    @GET
    @Path(UUID_PATH + "/photos/{photoId: [0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}}")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.TOWNSHIP, Roles.REGULATOR})
    @Operation(summary = "下载举报照片 / download a photo", description = "The file as the reporter sent it, EXIF "
            + "included: hence for TOWNSHIP and REGULATOR only, the roles that act on the report. Not cached.")
    @APIResponse(responseCode = "200", description = "the file", content = {@Content(mediaType = "image/jpeg"),
            @Content(mediaType = "image/png")})
    public Response photo(@PathParam("id") UUID id, @PathParam("photoId") UUID photoId) {
        PublicReportPhoto photo = reports.photo(reports.findVisible(id), photoId);
        return Response.ok(reports.content(photo), photo.mediaType).header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"" + photo.id + (photo.mediaType.endsWith("png") ? ".png\"" : ".jpg\""))
                .build();
    }

    @POST
    @Path(UUID_PATH + "/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.TOWNSHIP)
    @Operation(summary = "受理举报 / accept: report the hazard", description = "The township of the report's region "
            + "accepts a RECEIVED report: in the same transaction a hazard is reported from it (source PUBLIC_REPORT or "
            + "WHISTLEBLOWER, discoveredBy \"群众举报 JB-…\" / \"吹哨人 JB-…\", signed by you, publicReportId pointing "
            + "back) and hazard.reported.v1 is published; nothing of the reporter goes into the hazard or the event. "
            + "If-Match with the report's ETag is required. A triaged report answers 409 with currentStatus.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PublicReportRequests.Accept.class), examples = @ExampleObject(
            name = "受理 / accept", value = """
            {"industry": "FIREWORKS", "level": "GENERAL", "hazardType": "OBJECT", "riskColour": "ORANGE",
             "location": {"address": "三星乡场镇主街8号"}, "publicReply": "已受理，感谢您的举报"}""")))
    @APIResponse(responseCode = "200", description = "accepted; hazardId names the new hazard; ETag is the report's new version",
            content = @Content(schema = @Schema(implementation = PublicReportViews.Staff.class)))
    @APIResponse(responseCode = "409", description = "already triaged: currentStatus says how", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(
            name = "triaged", value = """
            {"type": "https://hazard-ledger.cn/problems/conflict", "title": "状态冲突 / conflict", "status": 409,
             "detail": "the report was already triaged as NOT_TRUE; a triage is final", "currentStatus": "NOT_TRUE"}""")))
    public Response accept(@PathParam("id") UUID id, @Valid @NotNull PublicReportRequests.Accept decision,
                           @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key) {
        return step(id, "accept", decision, key, () -> reports.accept(id, ifMatch, decision));
    }

    @POST
    @Path(UUID_PATH + "/duplicate")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.TOWNSHIP)
    @Operation(summary = "重复举报 / mark a duplicate", description = "The condition is already in the ledger as "
            + "hazardId (a hazard you can see, not one rejected); the report links to it. If-Match required.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PublicReportRequests.Duplicate.class), examples = @ExampleObject(
            name = "重复 / duplicate", value = """
            {"hazardId": "3f1c2a9e-6b1d-4c8e-9a40-2f7d0c1b5e11", "publicReply": "该问题已有人反映，正在整改"}""")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicReportViews.Staff.class)))
    public Response duplicate(@PathParam("id") UUID id, @Valid @NotNull PublicReportRequests.Duplicate decision,
                              @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key) {
        return step(id, "duplicate", decision, key, () -> reports.markDuplicate(id, ifMatch, decision));
    }

    @POST
    @Path(UUID_PATH + "/not-true")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.TOWNSHIP)
    @Operation(summary = "举报不属实 / not true", description = "With the reason (staff only); the reporter reads "
            + "publicReply or a default text. If-Match required.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PublicReportRequests.NotTrue.class), examples = @ExampleObject(
            name = "不属实 / not true", value = """
            {"reason": "经现场核查，该店铺已停业，未发现烟花爆竹", "publicReply": "经核查，举报问题不属实"}""")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicReportViews.Staff.class)))
    public Response notTrue(@PathParam("id") UUID id, @Valid @NotNull PublicReportRequests.NotTrue decision,
                            @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key) {
        return step(id, "not-true", decision, key, () -> reports.rejectAsNotTrue(id, ifMatch, decision));
    }

    @POST
    @Path(UUID_PATH + "/reveal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.TOWNSHIP)
    @Operation(summary = "查看举报人身份 / reveal the reporter's identity", description = "Township staff of the "
            + "report's region only, with a reason (required). The reveal is recorded before the answer: in the ledger "
            + "of the hazard the report is linked to (REVEAL_REPORTER, the reason and the tracking code, never what "
            + "was shown) and in the report's history; before triage, in the report's history alone. The audit trail "
            + "records the request too. Not cached (Cache-Control: no-store).")
    @RequestBody(content = @Content(schema = @Schema(implementation = PublicReportRequests.Reveal.class), examples = @ExampleObject(
            name = "理由 / reason", value = """
            {"reason": "需联系举报人到现场指认隐患位置"}""")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicReportViews.Revealed.class)))
    @APIResponse(responseCode = "400", description = "no reason: errors[] names reason", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(
            name = "no reason", value = """
            {"type": "https://hazard-ledger.cn/problems/validation", "title": "请求参数不合法 / invalid request",
             "status": 400, "detail": "reason: must not be blank", "errors": [{"field": "reason", "reason": "must not be blank"}]}""")))
    public Response reveal(@PathParam("id") UUID id, @Valid @NotNull PublicReportRequests.Reveal request) {
        return Response.ok(reports.reveal(id, request.reason())).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path(UUID_PATH + "/reward")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.TOWNSHIP)
    @Operation(summary = "提出举报奖励 / propose a reward", description = "有奖举报: only the first valid report of a "
            + "hazard (the earliest received of those ACCEPTED or DUPLICATE of it) is eligible; any other answers 409 "
            + "saying why. Amount in yuan, positive, 2 decimals at most. If-Match required.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PublicReportRequests.RewardProposal.class),
            examples = @ExampleObject(name = "500元", value = "{\"amountYuan\": 500.00}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicReportViews.Staff.class)))
    @APIResponse(responseCode = "409", description = "not eligible, or already proposed: reason says why", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(
            name = "not first", value = """
            {"type": "https://hazard-ledger.cn/problems/conflict", "title": "状态冲突 / conflict", "status": 409,
             "detail": "only the first valid report of a hazard is rewarded: JB-7K3MX9QW2P was received earlier",
             "reason": "only the first valid report of a hazard is rewarded: JB-7K3MX9QW2P was received earlier"}""")))
    public Response proposeReward(@PathParam("id") UUID id, @Valid @NotNull PublicReportRequests.RewardProposal proposal,
                                  @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key) {
        return step(id, "reward", proposal, key, () -> reports.proposeReward(id, ifMatch, proposal));
    }

    @POST
    @Path(UUID_PATH + "/reward/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed({Roles.REGULATOR, Roles.LEADER})
    @Operation(summary = "批准举报奖励 / approve the reward", description = "A regulator or leader whose region covers "
            + "the report approves the proposed amount. If-Match required; 409 when none is proposed or it is approved.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PublicReportRequests.RewardApproval.class),
            examples = @ExampleObject(name = "同意", value = "{\"note\": \"同意按标准奖励\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicReportViews.Staff.class)))
    public Response approveReward(@PathParam("id") UUID id, @Valid @NotNull PublicReportRequests.RewardApproval approval,
                                  @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key) {
        return step(id, "reward-approval", approval, key, () -> reports.approveReward(id, ifMatch, approval));
    }

    @POST
    @Path(UUID_PATH + "/reward/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Roles.TOWNSHIP)
    @Operation(summary = "登记奖励发放 / record the payment", description = "The township records the day the approved "
            + "reward was paid. If-Match required; 409 before approval or when already paid.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PublicReportRequests.RewardPayment.class),
            examples = @ExampleObject(name = "已发放", value = "{\"paidOn\": \"2026-11-26\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicReportViews.Staff.class)))
    public Response recordPayment(@PathParam("id") UUID id, @Valid @NotNull PublicReportRequests.RewardPayment payment,
                                  @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key) {
        return step(id, "reward-payment", payment, key, () -> reports.recordPayment(id, ifMatch, payment));
    }

    /** Once per Idempotency-Key, 200 with the report as it now stands and its ETag, as the hazard's steps answer. */
    private Response step(UUID id, String step, Object request, String key, Supplier<PublicReportViews.Staff> action) {
        IdempotentResponse<PublicReportViews.Staff> answer = idempotency.once(caller.subject(), key,
                java.util.Map.of("publicReport", id.toString(), "step", step, "request", request),
                PublicReportViews.Staff.class, () -> IdempotentResponse.fresh(200, null, action.get()));
        return Response.status(answer.status()).tag(etag(answer.body().version()))
                .header("Idempotent-Replayed", answer.replayed()).entity(answer.body()).build();
    }

    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }
}

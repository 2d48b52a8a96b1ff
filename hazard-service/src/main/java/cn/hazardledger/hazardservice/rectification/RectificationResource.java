package cn.hazardledger.hazardservice.rectification;

import cn.hazardledger.chassis.idempotency.Idempotency;
import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.hazard.HazardService;
import cn.hazardledger.hazardservice.hazard.HazardView;
import cn.hazardledger.hazardservice.hazard.LedgerAction;
import cn.hazardledger.hazardservice.hazard.Steps;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/**
 * 整改: on-the-spot fix, the five-in-place plan and its revisions, submission, review (复查), reopening and
 * extensions. Every step takes If-Match and Idempotency-Key and answers the hazard with its new ETag; who may
 * take which step is the table in hazard-service/README.md.
 */
// the same root as HazardResource, so that a wrong method on any hazard path is a 405 with Allow
@Path("/hazards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "rectification", description = "整改、复查销号、延期")
public class RectificationResource {

    private static final String READERS_NOTE = "Answers 404 for hazards outside your scope.";

    @Inject
    RectificationService rectification;

    @Inject
    HazardService hazards;

    @Inject
    Steps steps;

    @POST
    @Path("/{id}/on-the-spot-fix")
    @Transactional
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP})
    @Operation(summary = "即查即改 / fixed on the spot", description = "A CONFIRMED hazard fixed during the inspection, "
            + "citing at least one photo of the fix (upload with POST /hazards/{id}/evidence first). It goes to "
            + "review (SUBMITTED) like any rectification. Publishes hazard.fixed-on-spot.v1.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RectificationRequests.OnTheSpotFix.class),
            examples = @ExampleObject(name = "即查即改", value = """
            {"measures": "当场将液化气钢瓶移出厨房，关闭阀门", "evidenceIds": ["7b0e3c52-1f7a-4d55-9a3e-0c6f1d2b9e80"]}""")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HazardView.class)))
    public Response fixOnSpot(@PathParam("id") UUID id, @Valid @NotNull RectificationRequests.OnTheSpotFix fix,
                              @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key) {
        return steps.take(id, "fix-on-spot", fix, key, () -> rectification.fixOnSpot(id, ifMatch, fix));
    }

    @POST
    @Path("/{id}/rectification-plan")
    @Transactional
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR})
    @Operation(summary = "制定五到位整改方案 / start rectification under the five in place",
            description = "A CONFIRMED hazard starts rectifying under a whole plan: responsible person (name, post, "
                    + "phone), measures, funds (yuan and source), deadline and contingency plan. A plan missing any "
                    + "part is refused with one errors item per missing part. Publishes hazard.rectification-planned.v1.")
    @RequestBody(content = @Content(schema = @Schema(implementation = FiveInPlacePlan.class), examples = @ExampleObject(
            name = "五到位", value = """
            {"responsible": {"name": "张建国", "post": "安全主管", "phone": "13800000000"},
             "measures": "更换为带熄火保护的灶具，钢瓶移至独立气瓶间并安装可燃气体报警器",
             "funds": {"amountYuan": 3500.00, "source": "企业自筹"}, "deadline": "2026-12-31",
             "contingencyPlan": {"text": "整改期间停用后厨燃气，配置灭火器2具，专人值守"}}""")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HazardView.class)))
    public Response plan(@PathParam("id") UUID id, @Valid @NotNull FiveInPlacePlan plan,
                         @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key) {
        return steps.take(id, "plan", plan, key,
                () -> rectification.plan(id, ifMatch, LedgerAction.PLAN_RECTIFICATION, plan));
    }

    @POST
    @Path("/{id}/rectification-plan/revisions")
    @Transactional
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR})
    @Operation(summary = "修订整改方案 / revise the plan", description = "While RECTIFYING, a whole new revision of the "
            + "plan with revisionReason; each revision is a ledger entry and hazard.plan-revised.v1. A changed deadline "
            + "joins the deadline history. While an extension is pending the deadline cannot change here.")
    @RequestBody(content = @Content(schema = @Schema(implementation = FiveInPlacePlan.class), examples = @ExampleObject(
            name = "修订", value = """
            {"responsible": {"name": "张建国", "post": "安全主管", "phone": "13800000000"},
             "measures": "更换灶具并将报警器接入值班室", "funds": {"amountYuan": 4200.00, "source": "企业自筹"},
             "deadline": "2027-01-10", "contingencyPlan": {"text": "整改期间停用后厨燃气，专人值守"},
             "revisionReason": "复查要求报警器接入值班室，增加资金与时限"}""")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HazardView.class)))
    public Response revise(@PathParam("id") UUID id, @Valid @NotNull FiveInPlacePlan plan,
                           @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key) {
        return steps.take(id, "revise-plan", plan, key, () -> rectification.plan(id, ifMatch, LedgerAction.REVISE_PLAN, plan));
    }

    @GET
    @Path("/{id}/rectification-plan/revisions")
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
    @Operation(summary = "整改方案各版 / every revision of the plan", description = "Oldest first. " + READERS_NOTE)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RectificationViews.Plan.class, type = SchemaType.ARRAY)))
    public List<RectificationViews.Plan> revisions(@PathParam("id") UUID id) {
        Hazard h = hazards.findVisible(id).orElseThrow(HazardService::notFound);
        return PlanRevision.<PlanRevision>find("hazardId = ?1 order by revision", h.id).stream()
                .map(p -> RectificationViews.Plan.of(p, hazards.disclosure())).toList();
    }

    @POST
    @Path("/{id}/submission")
    @Transactional
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP})
    @Operation(summary = "提交整改 / submit the rectification", description = "A RECTIFYING hazard is submitted with "
            + "evidence (photos, documents: upload first) and a summary; it waits for review. Publishes hazard.submitted.v1.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RectificationRequests.Submission.class),
            examples = @ExampleObject(name = "提交整改", value = """
            {"summary": "已更换熄火保护灶具，钢瓶移至独立气瓶间，报警器安装调试完毕",
             "evidenceIds": ["7b0e3c52-1f7a-4d55-9a3e-0c6f1d2b9e80"]}""")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HazardView.class)))
    public Response submit(@PathParam("id") UUID id, @Valid @NotNull RectificationRequests.Submission submission,
                           @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key) {
        return steps.take(id, "submit", submission, key, () -> rectification.submit(id, ifMatch, submission));
    }

    @POST
    @Path("/{id}/closure")
    @Transactional
    @RolesAllowed({Roles.TOWNSHIP, Roles.REGULATOR})
    @Operation(summary = "复查销号 / close after review", description = "A SUBMITTED hazard is closed by the side that "
            + "closes it: a general hazard by its township, a major one only by a regulator of its county or above "
            + "(验收销号); never by the person who submitted (403). Publishes hazard.closed.v1.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RectificationRequests.Closure.class),
            examples = @ExampleObject(name = "销号", value = "{\"note\": \"经现场复查，整改到位，同意销号\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HazardView.class)))
    public Response close(@PathParam("id") UUID id, @Valid @NotNull RectificationRequests.Closure closure,
                          @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key) {
        return steps.take(id, "close", closure, key, () -> rectification.close(id, ifMatch, closure));
    }

    @POST
    @Path("/{id}/send-back")
    @Transactional
    @RolesAllowed({Roles.TOWNSHIP, Roles.REGULATOR})
    @Operation(summary = "复查退回 / send back", description = "A SUBMITTED rectification is not accepted: back to "
            + "RECTIFYING with the reasons, by the closing side, never the submitter. Publishes hazard.sent-back.v1.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RectificationRequests.SendBack.class),
            examples = @ExampleObject(name = "退回", value = "{\"reasons\": [\"报警器未接入值班室\"], \"note\": \"整改不到位\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HazardView.class)))
    public Response sendBack(@PathParam("id") UUID id, @Valid @NotNull RectificationRequests.SendBack sendBack,
                             @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key) {
        return steps.take(id, "send-back", sendBack, key, () -> rectification.sendBack(id, ifMatch, sendBack));
    }

    @POST
    @Path("/{id}/reopening")
    @Transactional
    @RolesAllowed({Roles.TOWNSHIP, Roles.REGULATOR})
    @Operation(summary = "回头看重新整改 / reopen", description = "A CLOSED hazard found again by a spot re-check goes back "
            + "to RECTIFYING with the reason and a new deadline, by the side that closes it. Publishes hazard.reopened.v1.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RectificationRequests.Reopening.class),
            examples = @ExampleObject(name = "回头看", value = "{\"reason\": \"回头看发现报警器已拆除，隐患反弹\", \"deadline\": \"2027-01-15\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HazardView.class)))
    public Response reopen(@PathParam("id") UUID id, @Valid @NotNull RectificationRequests.Reopening reopening,
                           @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key) {
        return steps.take(id, "reopen", reopening, key, () -> rectification.reopen(id, ifMatch, reopening));
    }

    @POST
    @Path("/{id}/extensions")
    @Transactional
    @RolesAllowed({Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP})
    @Operation(summary = "申请延期 / request an extension", description = "While RECTIFYING, one pending request at a "
            + "time, for a deadline later than the one in force. The hazard's rectification.pendingExtension names it. "
            + "Publishes hazard.extension-requested.v1.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RectificationRequests.Extension.class),
            examples = @ExampleObject(name = "延期", value = "{\"reason\": \"设备供货延迟，需延期15天\", \"proposedDeadline\": \"2027-01-15\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HazardView.class)))
    public Response requestExtension(@PathParam("id") UUID id, @Valid @NotNull RectificationRequests.Extension extension,
                                     @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key) {
        return steps.take(id, "request-extension", extension, key,
                () -> rectification.requestExtension(id, ifMatch, extension));
    }

    @POST
    @Path("/{id}/extensions/{extensionId}/decision")
    @Transactional
    @RolesAllowed({Roles.TOWNSHIP, Roles.REGULATOR})
    @Operation(summary = "延期审批 / decide an extension", description = "The side that closes the hazard approves (the "
            + "deadline moves to the one proposed) or refuses (with a note) the pending request. Publishes "
            + "hazard.extension-decided.v1.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RectificationRequests.ExtensionDecision.class),
            examples = @ExampleObject(name = "同意", value = "{\"decision\": \"APPROVED\", \"note\": \"同意延期\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HazardView.class)))
    public Response decideExtension(@PathParam("id") UUID id, @PathParam("extensionId") UUID extensionId,
                                    @Valid @NotNull RectificationRequests.ExtensionDecision decision,
                                    @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key) {
        return steps.take(id, "decide-extension " + extensionId, decision, key,
                () -> rectification.decideExtension(id, extensionId, ifMatch, decision));
    }

    @GET
    @Path("/{id}/extensions")
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
    @Operation(summary = "延期记录 / extension requests", description = "Oldest first. " + READERS_NOTE)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RectificationViews.Extension.class, type = SchemaType.ARRAY)))
    public List<RectificationViews.Extension> extensions(@PathParam("id") UUID id) {
        Hazard h = hazards.findVisible(id).orElseThrow(HazardService::notFound);
        return ExtensionRequest.<ExtensionRequest>find("hazardId = ?1 order by requestedAt, id", h.id).stream()
                .map(RectificationViews.Extension::of).toList();
    }

    @GET
    @Path("/{id}/deadlines")
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
    @Operation(summary = "整改时限历史 / every deadline", description = "Every deadline the hazard has had, oldest first, "
            + "with the step that set it. " + READERS_NOTE)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RectificationViews.Deadline.class, type = SchemaType.ARRAY)))
    public List<RectificationViews.Deadline> deadlines(@PathParam("id") UUID id) {
        Hazard h = hazards.findVisible(id).orElseThrow(HazardService::notFound);
        return DeadlineChange.<DeadlineChange>find("hazardId = ?1 order by setAt, entrySequence", h.id).stream()
                .map(RectificationViews.Deadline::of).toList();
    }
}

package cn.hazardledger.hazardservice.supervision;

import cn.hazardledger.chassis.idempotency.Idempotency;
import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.hazardservice.hazard.Actor;
import cn.hazardledger.hazardservice.hazard.HazardService;
import cn.hazardledger.hazardservice.hazard.HazardView;
import cn.hazardledger.hazardservice.hazard.Steps;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * 双报告, 挂牌督办 and escalation. Each step is a thin transaction over the aggregate (HazardService.change), with
 * If-Match and Idempotency-Key, answering the hazard with its new ETag.
 */
// the same root as HazardResource, so that a wrong method on any hazard path is a 405 with Allow
@Path("/hazards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "supervision", description = "双报告、挂牌督办、上交与推送")
public class SupervisionResource {

    @Inject
    HazardService hazards;

    @Inject
    Steps steps;

    @Inject
    Caller caller;

    @POST
    @Path("/{id}/dual-reports")
    @Transactional
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP})
    @Operation(summary = "记录双报告 / record the dual report", description = "A major hazard is reported to the township "
            + "government and to the department supervising its industry (双报告); each side is recorded once, with "
            + "who and when. Publishes hazard.dual-reported.v1 (complete once both sides are recorded).")
    @RequestBody(content = @Content(schema = @Schema(implementation = SupervisionRequests.DualReportRecord.class),
            examples = @ExampleObject(name = "报属地乡镇", value = "{\"recipient\": \"TOWNSHIP_GOVERNMENT\", \"recipientName\": \"忠县三星乡人民政府\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HazardView.class)))
    public Response dualReport(@PathParam("id") UUID id, @Valid @NotNull SupervisionRequests.DualReportRecord body,
                               @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key) {
        return steps.take(id, "dual-report", body, key, () -> hazards.change(id, ifMatch, h -> h.dualReport(
                body.recipient(), body.recipientName(), body.note(), Actor.of(caller), hazards.now(), hazards.today())));
    }

    @POST
    @Path("/{id}/supervision-listing")
    @Transactional
    @RolesAllowed({Roles.REGULATOR})
    @Operation(summary = "挂牌督办 / list for supervision", description = "A regulator of a county or above lists an open "
            + "major hazard, with level, authority, document number and its own deadline. Publishes "
            + "hazard.listed-for-supervision.v1.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SupervisionRequests.Listing.class),
            examples = @ExampleObject(name = "县级挂牌", value = """
            {"level": "COUNTY", "authority": "忠县安全生产委员会办公室", "documentNumber": "忠安办督〔2026〕12号", "deadline": "2027-01-31"}""")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HazardView.class)))
    public Response list(@PathParam("id") UUID id, @Valid @NotNull SupervisionRequests.Listing body,
                         @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key) {
        return steps.take(id, "list", body, key, () -> hazards.change(id, ifMatch, h -> h.listForSupervision(
                body.level(), body.authority(), body.documentNumber(), body.deadline(), Actor.of(caller),
                hazards.now(), hazards.today())));
    }

    @POST
    @Path("/{id}/delisting")
    @Transactional
    @RolesAllowed({Roles.REGULATOR})
    @Operation(summary = "摘牌 / delist", description = "Only a CLOSED hazard is delisted, by a regulator of a county or "
            + "above. Publishes hazard.delisted.v1.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SupervisionRequests.Note.class),
            examples = @ExampleObject(name = "摘牌", value = "{\"note\": \"已验收销号，予以摘牌\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HazardView.class)))
    public Response delist(@PathParam("id") UUID id, @Valid @NotNull SupervisionRequests.Note body,
                           @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key) {
        return steps.take(id, "delist", body, key, () -> hazards.change(id, ifMatch, h -> h.delist(body.note(),
                Actor.of(caller), hazards.now(), hazards.today())));
    }

    @POST
    @Path("/{id}/escalation")
    @Transactional
    @RolesAllowed({Roles.TOWNSHIP})
    @Operation(summary = "上交县级蓄水池 / hand up to the county's pool", description = "What the township cannot solve "
            + "goes to its county's pool (推送“蓄水池”); the county's regulators then see it there. Publishes "
            + "hazard.escalated.v1 with to = COUNTY_POOL.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SupervisionRequests.Note.class),
            examples = @ExampleObject(name = "上交", value = "{\"note\": \"涉及跨部门协调，乡镇无力解决\"}")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HazardView.class)))
    public Response escalate(@PathParam("id") UUID id, @Valid @NotNull SupervisionRequests.Note body,
                             @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key) {
        return steps.take(id, "escalate", body, key, () -> hazards.change(id, ifMatch, h -> h.escalateToCounty(
                body.note(), Actor.of(caller), hazards.now(), hazards.today())));
    }

    @POST
    @Path("/{id}/department-push")
    @Transactional
    @RolesAllowed({Roles.TOWNSHIP, Roles.REGULATOR})
    @Operation(summary = "推送行业部门 / push to an industry department", description = "The department (a UNIT whose "
            + "token carries that unit_code) then sees the hazard in its ledger. Publishes hazard.escalated.v1 with "
            + "to = INDUSTRY_DEPARTMENT.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SupervisionRequests.DepartmentPush.class),
            examples = @ExampleObject(name = "推送住建", value = """
            {"departmentCode": "500240-ZJW", "departmentName": "忠县住房和城乡建设委员会", "note": "涉及自建房结构安全"}""")))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = HazardView.class)))
    public Response push(@PathParam("id") UUID id, @Valid @NotNull SupervisionRequests.DepartmentPush body,
                         @HeaderParam("If-Match") String ifMatch, @HeaderParam(Idempotency.HEADER) String key) {
        return steps.take(id, "push", body, key, () -> hazards.change(id, ifMatch, h -> h.pushToDepartment(
                body.departmentCode(), body.departmentName(), body.note(), Actor.of(caller), hazards.now(),
                hazards.today())));
    }
}

package cn.hazardledger.notifyservice.bulletin;

import cn.hazardledger.chassis.audit.SensitiveRead;
import cn.hazardledger.chassis.idempotency.Idempotency;
import cn.hazardledger.chassis.idempotency.IdempotentResponse;
import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.chassis.web.QueryParams;
import cn.hazardledger.notifyservice.bulletin.render.BulletinXlsx;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.UUID;

/**
 * 通报: a region's hazard figures, overdue and listed hazards and campaign progress for a period, as delivered to its
 * leaders (notify-service/docs/bulletins.md). Read and ordered by the desks that answer for a region (township,
 * regulator) and its leaders, within their region.
 */
@Path("/bulletins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "bulletins", description = "通报")
@RolesAllowed({Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER})
public class BulletinResource {

    static final String HTML = "text/html;charset=UTF-8";

    @Inject
    BulletinOrders orders;

    @Inject
    BulletinStore store;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "生成通报 / order a bulletin", description = "Reads hazard-service's statistics, overdue and "
            + "listed hazards and task-service's campaign progress for the region (yours by default) and period, renders "
            + "the bulletin as HTML and XLSX, stores it and delivers it to the region's leaders (LEADER inbox). `period` "
            + "(an ended half-year or quarter) or `from`/`to` (up to today). Roles TOWNSHIP, REGULATOR, LEADER. When a "
            + "source cannot be read nothing is stored: 503 (retry later) or 502. Idempotency-Key makes retries safe.")
    @RequestBody(content = @Content(schema = @Schema(implementation = BulletinRequest.class), examples = {
            @ExampleObject(name = "上半年", value = "{\"regionCode\": \"500240000000\", \"period\": \"2026-H1\"}"),
            @ExampleObject(name = "任意期间", value = "{\"from\": \"2026-09-01\", \"to\": \"2026-11-25\"}")}))
    @APIResponse(responseCode = "201", description = "made, stored and delivered",
            headers = @Header(name = "Location", description = "/bulletins/{id}"),
            content = @Content(schema = @Schema(implementation = BulletinView.class), examples = @ExampleObject(
                    name = "通报", value = """
                    {"id": "3f1c2a9e-6b1d-4c8e-9a40-2f7d0c1b5e66", "regionCode": "500240000000", "periodKind": "HALF_YEAR",
                     "periodKey": "2026-H1", "from": "2026-01-01", "to": "2026-06-30", "origin": "ON_DEMAND",
                     "orderedBy": "leader-1", "status": "ISSUED", "title": "忠县2026年上半年安全生产事故隐患排查治理情况通报",
                     "createdAt": "2026-07-01T08:00:00+08:00", "html": "/bulletins/3f1c2a9e-6b1d-4c8e-9a40-2f7d0c1b5e66.html",
                     "xlsx": "/bulletins/3f1c2a9e-6b1d-4c8e-9a40-2f7d0c1b5e66.xlsx"}""")))
    @APIResponse(responseCode = "400", description = "the body is not valid: errors[] names the field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "period not ended", value = """
                    {"type": "https://hazard-ledger.cn/problems/validation", "title": "请求参数不合法 / invalid request",
                     "status": 400, "detail": "period: has not ended yet (its last day is 2026-12-31); order from and to up to today instead",
                     "errors": [{"field": "period", "reason": "has not ended yet (its last day is 2026-12-31); order from and to up to today instead"}]}""")))
    @APIResponse(responseCode = "422", description = "the Idempotency-Key was used for another request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "key reused", value = """
                    {"type": "https://hazard-ledger.cn/problems/idempotency-key-reused", "title": "幂等键已用于其他请求 / Idempotency-Key reused",
                     "status": 422, "detail": "this Idempotency-Key was used for a different request; use a new key for a new request"}""")))
    @APIResponse(responseCode = "502", description = "a source answered something other than its figures (its refusal or "
            + "error); nothing was stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "source failed", value = """
                    {"type": "https://hazard-ledger.cn/problems/source-failed", "title": "数据来源应答异常 / a source failed",
                     "status": 502, "detail": "hazard-service: answered HTTP 500: it did not answer with its figures; no bulletin was made"}""")))
    @APIResponse(responseCode = "503", description = "a source is unreachable, too slow or unavailable (or this service's "
            + "database is); nothing was stored. Retry-After says when to try again",
            headers = @Header(name = "Retry-After", description = "seconds", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "source unavailable", value = """
                    {"type": "https://hazard-ledger.cn/problems/source-unavailable", "title": "数据来源暂不可用，请稍后重试 / a source is unavailable, retry later",
                     "status": 503, "detail": "task-service: unreachable or too slow; no bulletin was made, retry later"}""")))
    public Response order(@Valid @NotNull BulletinRequest request, @HeaderParam(Idempotency.HEADER) String key) {
        IdempotentResponse<BulletinView> answer = idempotency.once(caller.subject(), key, request, BulletinView.class, () -> {
            BulletinView view = orders.order(request);
            return IdempotentResponse.fresh(201, "/bulletins/" + view.id(), view);
        });
        return Response.status(answer.status()).location(URI.create(answer.location()))
                .header("Idempotent-Replayed", answer.replayed()).entity(answer.body()).build();
    }

    @GET
    @Operation(summary = "通报列表 / bulletins", description = "The bulletins of your region and the regions within it, "
            + "scheduled and ordered, newest first, cursor-paginated. Roles TOWNSHIP, REGULATOR, LEADER.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BulletinPage.class)))
    @APIResponse(responseCode = "400", description = "a bad cursor or limit: errors[] names it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad limit", value = """
                    {"type": "https://hazard-ledger.cn/problems/validation", "title": "请求参数不合法 / invalid request",
                     "status": 400, "detail": "limit: must be a whole number from 1 to 100",
                     "errors": [{"field": "limit", "reason": "must be a whole number from 1 to 100"}]}""")))
    public BulletinPage list(@QueryParam("cursor") String cursor,
                             @QueryParam("limit") @Parameter(description = "page size, 1 to 100 (default 20)",
                                     schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String limit) {
        return orders.page(cursor, QueryParams.limit(limit));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "查看通报 / read a bulletin", description = "Its metadata and the figures it was rendered from, "
            + "as its sources answered them. 404 outside your region.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = BulletinView.class)))
    public BulletinView get(@PathParam("id") UUID id) {
        Bulletin b = orders.visible(id);
        try {
            return BulletinView.of(b, json.readTree(store.figures(id)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored bulletin's figures are unreadable", e);
        }
    }

    @GET
    @Path("/{id}.html")
    @SensitiveRead("bulletin.download")
    @Produces(HTML)
    @Operation(summary = "通报（HTML）/ the bulletin as delivered, HTML", description = "Exactly the document delivered: "
            + "self-contained (inline SVG charts, no scripts or outside resources), printable. 404 outside your region.")
    @APIResponse(responseCode = "200", content = @Content(mediaType = HTML, schema = @Schema(type = SchemaType.STRING)))
    public Response html(@PathParam("id") UUID id) {
        Bulletin b = orders.visible(id);
        return Response.ok(store.html(id), HTML)
                .header("Content-Disposition", FileNames.disposition("inline", b, "html"))
                // nothing in it should run or load, whatever a source's text held
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("/{id}.xlsx")
    @SensitiveRead("bulletin.download")
    @Produces(BulletinXlsx.MEDIA_TYPE)
    @Operation(summary = "通报（XLSX）/ the bulletin as delivered, XLSX", description = "Sheets 汇总, 分乡镇, 超期隐患, "
            + "挂牌督办, 任务进展; the file name is the bulletin's title (RFC 5987 filename*). 404 outside your region.")
    @APIResponse(responseCode = "200", headers = @Header(name = "Content-Disposition",
            description = "attachment; filename=\"bulletin-<id>.xlsx\"; filename*=UTF-8''<title>.xlsx"),
            content = @Content(mediaType = BulletinXlsx.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response xlsx(@PathParam("id") UUID id) {
        Bulletin b = orders.visible(id);
        return Response.ok(store.xlsx(id), BulletinXlsx.MEDIA_TYPE)
                .header("Content-Disposition", FileNames.disposition("attachment", b, "xlsx")).build();
    }
}

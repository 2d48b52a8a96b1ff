package cn.hazardledger.hazardservice.publicreport;

import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.hazardservice.evidence.InspectedUpload;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import java.io.IOException;

/**
 * What anyone may call without a token (群众举报 / 吹哨人): send a report, and read its status with the secret. Both are
 * limited per client address across replicas ({@link PublicRateLimit}). Nothing is ever sent to the reporter.
 */
@Path("/public-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "public reports", description = "群众举报 / 吹哨人 / 有奖举报")
public class PublicIntakeResource {

    /** The header that carries the secret: never the URL, whose query ends up in access logs and browser history. */
    public static final String SECRET_HEADER = "X-Report-Secret";

    /** A tracking code's segment: JB-…, so that a report's id (a UUID) under the same root is never taken for one. */
    static final String CODE_PATH = "/{trackingCode: JB-[^/]*}";

    /** What a well-formed code looks like in the API document (TrackingCode's alphabet). */
    static final String TRACKING_CODE_PATTERN = "^JB-[2-9A-HJ-NP-Z]{10}$";

    @Inject
    PublicReportService reports;

    @Inject
    PublicRateLimit rateLimit;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "举报隐患（无需登录）/ report a hazard without an account",
            description = "Anyone may report, anonymously or with name, phone, ID number or another contact, all "
                    + "sealed at rest (AES-256-GCM) and shown to no one but township staff who reveal them with a "
                    + "recorded reason. PUBLIC_REPORT 群众举报, WHISTLEBLOWER 吹哨人 (an employee reporting their own "
                    + "employer). The answer holds the tracking code and a secret shown this once: keep both to read "
                    + "the status (GET /public-reports/{trackingCode}/status). Nothing is ever pushed to the reporter. "
                    + "At most public-reports.rate-limit.reports (default 5) reports per hour from one address. "
                    + "Server-owned fields (status, trackingCode, hazardId, id, reward) are refused as unknown.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PublicReportRequest.class), examples = {
            @ExampleObject(name = "匿名 / anonymous", value = """
                    {"kind": "PUBLIC_REPORT", "title": "某烟花爆竹店在居民楼内超量储存",
                     "description": "店铺后屋堆放大量烟花爆竹，紧邻居民住宅。", "regionCode": "500240213001"}"""),
            @ExampleObject(name = "实名吹哨人 / named whistle-blower", value = """
                    {"kind": "WHISTLEBLOWER", "title": "车间除尘系统长期停用", "description": "老板要求关闭除尘器以节省电费。",
                     "regionCode": "500240213001", "enterpriseName": "三星乡某木材加工厂",
                     "enterpriseCreditCode": "91350100M000100Y43", "gps": {"latitude": 30.012345, "longitude": 108.123456},
                     "reporter": {"name": "王小明", "phone": "13812340000", "idNumber": "500240199001011234"}}""")}))
    @APIResponse(responseCode = "201", description = "收到 / received: the tracking code and the secret, shown once",
            content = @Content(schema = @Schema(implementation = PublicReportViews.Receipt.class), examples = @ExampleObject(
                    name = "receipt", value = """
                    {"trackingCode": "JB-7K3MX9QW2P", "secret": "q3Zt9vB1xY0c7LwUeH2kNfRmPj4",
                     "receivedAt": "2026-11-26T10:00:00+08:00",
                     "howToTrack": "GET /public-reports/JB-7K3MX9QW2P/status with the header X-Report-Secret: <secret>"}""")))
    @APIResponse(responseCode = "400", description = "invalid fields, or a field the request does not have (status, "
            + "trackingCode, hazardId...): errors[] names it", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "server-owned field", value = """
                    {"type": "https://hazard-ledger.cn/problems/validation", "title": "请求参数不合法 / invalid request",
                     "status": 400, "detail": "status: is not a field of this request",
                     "errors": [{"field": "status", "reason": "is not a field of this request"}]}""")))
    @APIResponse(responseCode = "429", description = "too many reports from this address: Retry-After says when to try again",
            headers = @Header(name = "Retry-After", description = "seconds", schema = @Schema(implementation = Long.class)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "limited", value = """
                    {"type": "https://hazard-ledger.cn/problems/too-many-requests",
                     "title": "请求过于频繁，请稍后再试 / too many requests, retry later", "status": 429,
                     "detail": "at most 5 report requests per PT1H from one address; try again later"}""")))
    public Response report(@Valid @NotNull PublicReportRequest request, @Context HttpServerRequest http) {
        rateLimit.hit(PublicRateLimit.REPORT, client(http));
        PublicReportViews.Receipt receipt = reports.receive(request);
        return Response.status(201).header("Cache-Control", "no-store").entity(receipt).build();
    }

    @GET
    @Path(CODE_PATH + "/status")
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "查询举报进度 / read a report's status with its secret",
            description = "The reporter alone, with the secret in the X-Report-Secret header (never in the URL), reads "
                    + "the status (RECEIVED, ACCEPTED, DUPLICATE, NOT_TRUE), the dates and the reply written for them; "
                    + "nothing of the hazard or of other reports. A wrong code and a wrong secret give the same 404. "
                    + "A GET, so that the audit trail, which records every write, does not record each look of an "
                    + "anonymous reporter. At most public-reports.rate-limit.status-reads (default 30) per hour from one address.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = PublicReportViews.Tracking.class),
            examples = @ExampleObject(name = "accepted", value = """
                    {"trackingCode": "JB-7K3MX9QW2P", "status": "ACCEPTED", "receivedAt": "2026-11-26T10:00:00+08:00",
                     "decidedAt": "2026-11-27T09:30:00+08:00", "outcome": "已受理，感谢您的举报"}""")))
    @APIResponse(responseCode = "404", description = "no report with this code and secret (which of the two is wrong is not told)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = """
                    {"type": "https://hazard-ledger.cn/problems/not-found", "title": "资源不存在 / not found", "status": 404,
                     "detail": "no report with this tracking code and secret"}""")))
    @APIResponse(responseCode = "429", description = "too many status reads from this address: Retry-After",
            headers = @Header(name = "Retry-After", description = "seconds", schema = @Schema(implementation = Long.class)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response status(@PathParam("trackingCode") @Parameter(description = "举报编号 / tracking code",
                                   schema = @Schema(type = SchemaType.STRING, pattern = TRACKING_CODE_PATTERN,
                                           examples = "JB-7K3MX9QW2P")) String trackingCode,
                           @HeaderParam(SECRET_HEADER) @Parameter(in = ParameterIn.HEADER, name = SECRET_HEADER,
                                   description = "the secret the report's answer gave") String secret,
                           @Context HttpServerRequest http) {
        rateLimit.hit(PublicRateLimit.STATUS, client(http));
        return Response.ok(reports.track(trackingCode, secret)).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path(CODE_PATH + "/photos")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Transactional
    @PermitAll
    @SecurityRequirements
    @Operation(summary = "补充举报照片 / add a photo to your report",
            description = "The reporter, with the secret in X-Report-Secret, adds a photo while the report waits for "
                    + "triage (RECEIVED), at most 9. The file is read by the evidence rules: the part `file` (required) and "
                    + "`caption` (optional, at most 500 characters); JPEG or PNG by its bytes, at most 10 MiB, complete; its "
                    + "EXIF time and position are read. It is kept as sent (nothing stripped), sealed whole at rest, since "
                    + "its EXIF may identify the reporter; staff see the position for TOWNSHIP and REGULATOR only. A wrong "
                    + "code or secret answers 404 (after the form and file are checked, which tells nothing of a report). At most public-reports.rate-limit.photos "
                    + "(default 20) per hour from one address.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = cn.hazardledger.hazardservice.evidence.EvidenceUpload.class)))
    @APIResponse(responseCode = "201", description = "kept", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PublicReportViews.Photo.class), examples = @ExampleObject(name = "photo", value = """
                    {"id": "5b2e8f7a-3c1d-4e9a-8b6f-0a1c2d3e4f50", "mediaType": "image/jpeg", "sizeBytes": 284113,
                     "sha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "caption": "后屋堆放的烟花",
                     "capturedAt": "2026-11-26T09:41:00+08:00", "uploadedAt": "2026-11-26T10:02:00+08:00"}""")))
    @APIResponse(responseCode = "400", description = "the file part is missing, empty or cut short, or a part the upload "
            + "does not have: errors[] names it", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "no report with this code and secret", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "the report was triaged (currentStatus), or has 9 photos",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "triaged", value = """
                    {"type": "https://hazard-ledger.cn/problems/conflict", "title": "状态冲突 / conflict", "status": 409,
                     "detail": "photos are taken only while the report waits for triage; it is ACCEPTED", "currentStatus": "ACCEPTED"}""")))
    @APIResponse(responseCode = "413", description = "the file is over 10 MiB", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "not a JPEG or PNG by its bytes", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "too many photos from this address: Retry-After",
            headers = @Header(name = "Retry-After", description = "seconds", schema = @Schema(implementation = Long.class)),
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response photo(@PathParam("trackingCode") @Parameter(description = "举报编号 / tracking code",
                                  schema = @Schema(type = SchemaType.STRING, pattern = TRACKING_CODE_PATTERN,
                                          examples = "JB-7K3MX9QW2P")) String trackingCode,
                          @HeaderParam(SECRET_HEADER) @Parameter(in = ParameterIn.HEADER, name = SECRET_HEADER,
                                  description = "the secret the report's answer gave") String secret,
                          @RestForm("file") @Parameter(hidden = true) FileUpload file,
                          @Parameter(hidden = true) MultipartFormDataInput form,
                          @Context HttpServerRequest http) throws IOException {
        rateLimit.hit(PublicRateLimit.PHOTO, client(http));
        // the upload's form and file first: what is wrong with them says nothing about any report; then the 404
        // that tells no one whether the code or the secret was wrong
        InspectedUpload upload = InspectedUpload.of(file, form);
        PublicReport report = reports.findBySecret(trackingCode, secret);
        return Response.status(201).entity(reports.addPhoto(report, upload)).build();
    }

    private String client(HttpServerRequest http) {
        String peer = http.remoteAddress() == null ? null : http.remoteAddress().hostAddress();
        return ClientAddress.of(peer, http.getHeader("X-Forwarded-For"), rateLimit.trustedProxies());
    }
}

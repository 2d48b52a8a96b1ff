package cn.hazardledger.hazardservice.evidence;

import cn.hazardledger.chassis.idempotency.Idempotency;
import cn.hazardledger.chassis.idempotency.IdempotentResponse;
import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import cn.hazardledger.hazardservice.hazard.Hazard;
import cn.hazardledger.hazardservice.hazard.HazardService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.multipart.MultipartFormDataInput;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

// the same root as HazardResource (see ledger/LedgerResource): one tree of /hazards paths, so that a wrong
// method on an evidence path is a 405 with Allow, not a 404 from a second root
@Path("/hazards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "evidence", description = "证据: photos and documents of a hazard")
public class EvidenceResource {

    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final String PDF = "application/pdf";

    @Inject
    HazardService hazards;

    @Inject
    EvidenceService evidence;

    @Inject
    EvidenceContents contents;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    /** What identifies an upload for Idempotency-Key: a retry sends the same bytes to the same hazard. */
    record Fingerprint(UUID hazardId, String sha256, String fileName, String caption) {
    }

    @POST
    @Path("/{id}/evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Transactional
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR})
    @Operation(summary = "上传证据 / upload a photo or document",
            description = "上传隐患的照片或文件 (JPEG、PNG、PDF，不超过 10 MiB)。Uploads a photo or document of the hazard as "
                    + "multipart/form-data: the part `file` (required) and the text part `caption` (optional, at most 500 "
                    + "characters). The type is detected from the bytes, never from the name; SHA-256, and a photo's "
                    + "capture time and GPS position (EXIF), are kept. Uploading is not a ledger step and publishes no "
                    + "event: the file enters the ledger when a step cites it by id. Send an Idempotency-Key to make a "
                    + "retry safe: it answers the first response again.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = EvidenceUpload.class)))
    @APIResponse(responseCode = "201", description = "已保存 / kept: Location names it",
            headers = @Header(name = "Location", description = "the evidence's URL", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceView.class),
                    examples = @ExampleObject(name = "photo", value = EvidenceExamples.EVIDENCE)))
    @APIResponse(responseCode = "400", description = "缺少文件、文件为空或不完整、多余的部分、说明过长 / the file part is "
            + "missing, empty or cut short (a JPEG without FF D9 at its end, a PNG without IEND, a PDF without %%EOF in "
            + "its last 1 KiB), a part the upload does not have, or a caption over 500 characters: errors[] names the part",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"), examples = {
                    @ExampleObject(name = "missing file", value = EvidenceExamples.MISSING_FILE),
                    @ExampleObject(name = "cut short", value = EvidenceExamples.CUT_SHORT)}))
    @APIResponse(responseCode = "404", description = "隐患不存在或不在你的辖区 / no such hazard in your region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not found", value = EvidenceExamples.NOT_FOUND)))
    @APIResponse(responseCode = "413", description = "文件超过 10 MiB / the file is over 10 MiB, the body over 10 MiB "
            + "and 64 KiB, or the caption part over 2 KiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "too large", value = EvidenceExamples.TOO_LARGE)))
    @APIResponse(responseCode = "415", description = "文件不是 JPEG、PNG 或 PDF / the file's bytes are not JPEG, PNG or "
            + "PDF (whatever its name says), or the body is not multipart/form-data",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "text named photo.jpg", value = EvidenceExamples.WRONG_TYPE)))
    @APIResponse(responseCode = "422", description = "幂等键已用于其他上传 / Idempotency-Key used for another upload",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "key reused", value = EvidenceExamples.KEY_REUSED)))
    public Response upload(@PathParam("id") UUID id,
                           @RestForm(UploadForm.FILE) @Parameter(hidden = true) FileUpload file,
                           @Parameter(hidden = true) MultipartFormDataInput form,
                           @HeaderParam(Idempotency.HEADER) @Parameter(name = Idempotency.HEADER, in = ParameterIn.HEADER,
                                   description = "幂等键 / makes a retry safe: 1 to 200 visible ASCII characters, e.g. a UUID",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 200)) String idempotencyKey,
                           @Context UriInfo uri) throws IOException {
        // the region first: a caller outside it learns nothing, not even what is wrong with the upload
        Hazard hazard = hazards.findVisible(id).orElseThrow(HazardService::notFound);
        UploadForm upload = UploadForm.of(file, form);
        InspectedFile inspected = InspectedFile.of(upload.file(), upload.size());
        Fingerprint fingerprint = new Fingerprint(hazard.id, inspected.sha256(), upload.fileName(), upload.caption());
        IdempotentResponse<EvidenceView> answer = idempotency.once(caller.subject(), idempotencyKey, fingerprint,
                EvidenceView.class, () -> {
                    EvidenceView view = evidence.keep(hazard.id, upload, inspected);
                    return IdempotentResponse.fresh(201, "/hazards/" + hazard.id + "/evidence/" + view.id(), view);
                });
        return Response.status(answer.status())
                .location(URI.create(uri.getBaseUri().toString().replaceAll("/$", "") + answer.location()))
                .header("Idempotent-Replayed", answer.replayed())
                .entity(answer.body()).build();
    }

    @GET
    @Path("/{id}/evidence")
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
    @Operation(summary = "证据列表 / the hazard's evidence",
            description = "隐患的全部证据，按上传先后。Every photo and document of the hazard, oldest first, without their bytes.")
    @APIResponse(responseCode = "200", description = "证据 / the evidence",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = EvidenceView.class),
                    examples = @ExampleObject(name = "one photo", value = "[" + EvidenceExamples.EVIDENCE + "]")))
    @APIResponse(responseCode = "404", description = "隐患不存在或不在你的辖区 / no such hazard in your region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not found", value = EvidenceExamples.NOT_FOUND)))
    public List<EvidenceView> list(@PathParam("id") UUID id) {
        return evidence.list(hazards.findVisible(id).orElseThrow(HazardService::notFound).id);
    }

    @GET
    @Path("/{id}/evidence/{evidenceId}")
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
    @Operation(summary = "查看证据 / read one piece of evidence",
            description = "证据的说明、哈希、拍摄时间与位置。What it is, its SHA-256, when and where a photo was taken, "
                    + "and the ledger entry that cites it.")
    @APIResponse(responseCode = "200", description = "证据 / the evidence",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceView.class),
                    examples = @ExampleObject(name = "photo", value = EvidenceExamples.EVIDENCE)))
    @APIResponse(responseCode = "404", description = "隐患或证据不存在或不在你的辖区 / no such hazard or evidence in your region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not found", value = EvidenceExamples.EVIDENCE_NOT_FOUND)))
    public EvidenceView get(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        return EvidenceView.of(visible(id, evidenceId));
    }

    @GET
    @Path("/{id}/evidence/{evidenceId}/content")
    @Produces({JPEG, PNG, PDF})
    @RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
    @Operation(summary = "下载证据文件 / the file itself",
            description = "原样返回文件。Streams the bytes as they were uploaded, in their detected type, with Content-Length, "
                    + "Content-Disposition (inline, the name it was sent with) and a strong ETag that is its SHA-256: "
                    + "send it in If-None-Match to get 304.")
    @APIResponse(responseCode = "200", description = "文件 / the bytes",
            headers = {
                    @Header(name = "ETag", description = "the SHA-256 of the bytes, quoted", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Content-Disposition", description = "inline; filename*=UTF-8''...", schema = @Schema(type = SchemaType.STRING))},
            content = {
                    @Content(mediaType = JPEG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = PNG, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                    @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "304", description = "未变 / not modified: If-None-Match names its ETag")
    @APIResponse(responseCode = "404", description = "隐患或证据不存在或不在你的辖区 / no such hazard or evidence in your region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not found", value = EvidenceExamples.EVIDENCE_NOT_FOUND)))
    @APIResponse(responseCode = "406", description = "Accept 不接受该文件类型 / Accept does not take the file's type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "not acceptable", value = EvidenceExamples.NOT_ACCEPTABLE)))
    public Response content(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId,
                            @Context Request request, @Context HttpHeaders headers) {
        Evidence e = visible(id, evidenceId);
        MediaType type = MediaType.valueOf(e.mediaType);
        if (headers.getAcceptableMediaTypes().stream().noneMatch(type::isCompatible)) {
            throw new ProblemException(ProblemType.NOT_ACCEPTABLE,
                    "this evidence is " + e.mediaType + ", which your Accept header does not take");
        }
        EntityTag tag = new EntityTag(e.sha256);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        if (unchanged != null) {
            return unchanged.tag(tag).build();
        }
        return Response.ok(contents.stream(e.id, e.sizeBytes), type).tag(tag)
                .header(HttpHeaders.CONTENT_LENGTH, e.sizeBytes)
                .header("Content-Disposition", FileNames.contentDisposition(e.fileName, e.id, e.mediaType))
                // the type is the detected one: a browser must not guess another from the bytes
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private Evidence visible(UUID hazardId, UUID evidenceId) {
        Hazard hazard = hazards.findVisible(hazardId).orElseThrow(HazardService::notFound);
        return evidence.find(hazard.id, evidenceId).orElseThrow(EvidenceService::notFound);
    }
}

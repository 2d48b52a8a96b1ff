package cn.hazardledger.chassis.audit;

import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.QueryParams;
import cn.hazardledger.chassis.web.Keyset;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * The audit trail (审计日志) for the auditor (审计员) only: every service has the same, over its own table. The
 * auditor's own reads are sensitive reads, recorded like any other.
 */
@Path("/audit-records")
@Tag(name = "audit", description = "审计日志 / the audit trail: writes and sensitive reads, for the AUDITOR")
@RolesAllowed(Roles.AUDITOR)
public class AuditResource {

    @Inject
    Caller caller;

    @Inject
    AuditRecords records;

    @Inject
    AuditConfig config;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @SensitiveRead("audit.read")
    @Operation(summary = "审计记录 / audit records", description = "Newest first, within the auditor's region (records "
            + "without a region, such as requests without a valid token, only for an auditor of a county or above); "
            + "pass nextCursor back as cursor. This read is itself recorded.")
    @APIResponse(responseCode = "200", description = "a page of records", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditPage.class),
            examples = @ExampleObject(name = "一次被拒绝的销号 / a refused closure", value = EXAMPLE_PAGE)))
    @APIResponse(responseCode = "403", description = "only an AUDITOR reads the trail", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "非审计员 / not an auditor", value = EXAMPLE_403)))
    public AuditPage list(@QueryParam("from") @Parameter(description = ISO + " (inclusive)") String from,
                          @QueryParam("to") @Parameter(description = ISO + " (exclusive)") String to,
                          @QueryParam("subject") @Parameter(description = "the token subject") String subject,
                          @QueryParam("route") @Parameter(description = "a route template, e.g. /hazards/{id}/closure") String route,
                          @QueryParam("method") @Parameter(description = "GET, POST, PUT, PATCH or DELETE") String method,
                          @QueryParam("outcome") @Parameter(description = OUTCOMES,
                                  schema = @Schema(implementation = AuditRecord.Outcome.class)) String outcome,
                          @QueryParam("cursor") String cursor,
                          @QueryParam("limit") @Parameter(description = "page size, 1 to 100 (default 20)",
                                  schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                                          defaultValue = "20")) String limit) {
        AuditQuery query = AuditQuery.of(caller.region(), from, to, subject, route, method, outcome);
        int rows = QueryParams.limit(limit);
        List<AuditRecord> found = records.find(query, cursor, rows + 1);
        Keyset.Page<AuditRecord> page = Keyset.page(found, rows, AuditRecord::at, AuditRecord::id);
        return new AuditPage(page.rows(), page.nextCursor());
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    @SensitiveRead("audit.export")
    @Operation(summary = "导出审计记录 / export audit records as CSV", description = "The records the same filters "
            + "select, newest first, as CSV (UTF-8); at most hazardledger.audit.export-max-rows (10,000 by default): "
            + "a wider selection is refused, narrow from/to. The export is itself recorded.")
    @APIResponse(responseCode = "200", description = "the records as CSV", content = @Content(mediaType = "text/csv",
            examples = @ExampleObject(name = "CSV", value = AuditCsv.HEADER + "\r\n…")))
    @APIResponse(responseCode = "400", description = "a parameter is invalid, or more records match than one export "
            + "holds", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "导出过多 / too many", value = EXAMPLE_TOO_MANY)))
    @APIResponse(responseCode = "403", description = "only an AUDITOR reads the trail", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "非审计员 / not an auditor", value = EXAMPLE_403)))
    public Response export(@QueryParam("from") @Parameter(description = ISO + " (inclusive)") String from,
                           @QueryParam("to") @Parameter(description = ISO + " (exclusive)") String to,
                           @QueryParam("subject") String subject,
                           @QueryParam("route") String route,
                           @QueryParam("method") String method,
                           @QueryParam("outcome") @Parameter(description = OUTCOMES,
                                   schema = @Schema(implementation = AuditRecord.Outcome.class)) String outcome) {
        AuditQuery query = AuditQuery.of(caller.region(), from, to, subject, route, method, outcome);
        int max = config.exportMaxRows();
        List<AuditRecord> found = records.find(query, null, max + 1);
        if (found.size() > max) {
            throw new ProblemException(Problem.invalid("more than " + max + " records match; one export holds at most "
                    + max + ": narrow from and to", List.of(new Problem.FieldError("from",
                    "more than " + max + " records match; narrow the period"))));
        }
        return Response.ok(AuditCsv.of(found), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-records.csv\"").build();
    }

    private static final String ISO = "an ISO-8601 time with its offset, e.g. 2026-11-26T08:00:00+08:00";
    private static final String OUTCOMES = "SUCCESS (2xx, 3xx), DENIED (401, 403), REFUSED (other 4xx), FAILED (5xx)";

    static final String EXAMPLE_PAGE = """
            {"items": [{"id": "0b6f2a4e-3c1d-4f7a-9e2b-5d8c7a6b1e20", "at": "2026-11-26T02:15:04.123456Z",
              "requestId": "5f0c1b9e-8a7d-4c3e-b2a1-0d9e8f7a6b5c", "subject": "township-clerk-1",
              "subjectName": "王芳", "role": "TOWNSHIP", "regionCode": "500240213000", "clientAddress": "10.0.3.17",
              "method": "POST", "route": "/hazards/{id}/closure",
              "resourceIds": {"id": "7d1e5c2a-9b8f-4e6d-a3c2-1f0e9d8c7b6a"}, "action": null, "status": 409,
              "outcome": "REFUSED", "problemType": "https://hazard-ledger.cn/problems/conflict"}],
             "nextCursor": null}""";
    static final String EXAMPLE_403 = """
            {"type": "https://hazard-ledger.cn/problems/forbidden", "title": "无权操作 / not allowed for this role",
             "status": 403, "detail": "your role may not do this"}""";
    static final String EXAMPLE_TOO_MANY = """
            {"type": "https://hazard-ledger.cn/problems/validation", "title": "请求参数不合法 / invalid request",
             "status": 400, "detail": "more than 10000 records match; one export holds at most 10000: narrow from and to",
             "errors": [{"field": "from", "reason": "more than 10000 records match; narrow the period"}]}""";
}

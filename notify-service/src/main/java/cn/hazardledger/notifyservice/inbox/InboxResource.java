package cn.hazardledger.notifyservice.inbox;

import cn.hazardledger.chassis.idempotency.Idempotency;
import cn.hazardledger.chassis.idempotency.IdempotentResponse;
import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;
import java.util.UUID;

@Path("/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "inbox", description = "通知收件箱")
@RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
public class InboxResource {

    @Inject
    InboxService inbox;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @Inject
    ObjectMapper json;

    @GET
    @Operation(summary = "我的通知 / my inbox", description = "Notifications for your role in your region and for "
            + "your own party (your unit, enterprise, or your name as a lead leader), unread first (newest first "
            + "within), cursor-paginated, each with its receipt; unreadCount counts the whole inbox. Filters combine.")
    public InboxPage list(@QueryParam("unread") @Parameter(description = "true: only what you have not read",
                                  schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String unread,
                          @QueryParam("order") @Parameter(description = "unread-first (default): what you have not "
                                  + "read, then the rest; newest: newest first regardless",
                                  schema = @Schema(enumeration = {"unread-first", "newest"}, defaultValue = "unread-first")) String order,
                          @QueryParam("kind") @Parameter(description = "only these kinds, comma-separated, e.g. "
                                  + "DUAL_REPORT,OVERDUE") String kind,
                          @QueryParam("subjectType") @Parameter(description = "hazard, task or campaign-task") String subjectType,
                          @QueryParam("subjectId") @Parameter(description = "one hazard's or task's notifications") String subjectId,
                          @QueryParam("acknowledged") @Parameter(description = "true: acknowledged; false: still "
                                  + "waiting for your side's acknowledgement",
                                  schema = @Schema(type = SchemaType.BOOLEAN)) String acknowledged,
                          @QueryParam("from") @Parameter(description = "created on or after this China date (yyyy-MM-dd)",
                                  schema = @Schema(type = SchemaType.STRING, format = "date")) String from,
                          @QueryParam("to") @Parameter(description = "created on or before this China date (yyyy-MM-dd)",
                                  schema = @Schema(type = SchemaType.STRING, format = "date")) String to,
                          @QueryParam("cursor") String cursor,
                          @QueryParam("limit") @Parameter(description = "page size, 1 to 100 (default 20)",
                                   schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String limit) {
        boolean unreadFirst = order == null || "unread-first".equals(order);
        if (!unreadFirst && !"newest".equals(order)) {
            throw ProblemException.invalidField("order", "must be unread-first or newest");
        }
        return inbox.page(InboxFilters.of(kind, subjectType, subjectId, acknowledged, from, to),
                QueryParams.flag(unread, "unread"), unreadFirst, cursor, QueryParams.limit(limit));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "查看通知 / read one notification", description = "404 unless it is in your inbox.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NotificationView.class)))
    public NotificationView get(@PathParam("id") UUID id) {
        return inbox.get(id);
    }

    @POST
    @Path("/{id}/read")
    @Transactional
    @Operation(summary = "标为已读 / mark read", description = "Marks it read for you. Calling again changes "
            + "nothing and answers the same; an Idempotency-Key is honoured like on every POST.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NotificationView.class)))
    public Response markRead(@PathParam("id") UUID id,
                             @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        IdempotentResponse<NotificationView> answer = idempotency.once(caller.subject(), idempotencyKey,
                Map.of("read", id.toString()), NotificationView.class,
                () -> IdempotentResponse.fresh(200, null, inbox.markRead(id)));
        return Response.status(answer.status()).header("Idempotent-Replayed", answer.replayed())
                .entity(answer.body()).build();
    }

    @POST
    @Path("/{id}/acknowledge")
    @Transactional
    @Operation(summary = "确认收到（回执）/ acknowledge", description = "Acknowledges it for your whole side (your "
            + "role's inbox, or your party's): the first of you to acknowledge is kept with the time and the note, "
            + "and later calls answer the same. Reads it for you too. A dual report (双报告) counts as done when both "
            + "sides acknowledged; acknowledging a reminder acknowledges its report. Body optional: {\"note\": \"…\"}.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = NotificationView.class)))
    public Response acknowledge(@PathParam("id") UUID id,
                                @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = AcknowledgeRequest.class),
                                        examples = @ExampleObject(name = "note", value = "{\"note\": \"已收悉，已安排专人跟进 / "
                                                + "received, someone is on it\"}"))) String body,
                                @HeaderParam("Content-Type") String contentType,
                                @HeaderParam(Idempotency.HEADER) String idempotencyKey) throws JsonProcessingException {
        String note = AcknowledgeRequest.read(json, body, contentType).note();
        IdempotentResponse<NotificationView> answer = idempotency.once(caller.subject(), idempotencyKey,
                Map.of("acknowledge", id.toString(), "note", note == null ? "" : note), NotificationView.class,
                () -> IdempotentResponse.fresh(200, null, inbox.acknowledge(id, note)));
        return Response.status(answer.status()).header("Idempotent-Replayed", answer.replayed())
                .entity(answer.body()).build();
    }
}

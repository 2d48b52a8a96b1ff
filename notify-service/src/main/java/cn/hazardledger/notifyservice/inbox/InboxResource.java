package cn.hazardledger.notifyservice.inbox;

import cn.hazardledger.chassis.idempotency.Idempotency;
import cn.hazardledger.chassis.idempotency.IdempotentResponse;
import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.chassis.web.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
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

    @GET
    @Operation(summary = "我的通知 / my inbox", description = "Notifications for your role in your region, newest "
            + "first, cursor-paginated, each marked read or not for you; unreadCount counts the whole inbox.")
    public InboxPage list(@QueryParam("unread") @Parameter(description = "true: only what you have not read",
                                  schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) String unread,
                          @QueryParam("cursor") String cursor,
                          @QueryParam("limit") @Parameter(description = "page size, 1 to 100 (default 20)",
                                   schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20")) String limit) {
        return inbox.page(QueryParams.flag(unread, "unread"), cursor, QueryParams.limit(limit));
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
}

package cn.hazardledger.notifyservice.webhook;

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

/** A subscription's delivery log and replays (投递记录与重放). */
@Path("/webhooks/subscriptions/{id}/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "webhooks")
@RolesAllowed(Roles.REGULATOR)
public class DeliveryResource {

    @Inject
    DeliveryService deliveries;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @GET
    @Operation(summary = "投递记录 / deliveries", description = "The subscription's deliveries, newest first, optionally "
            + "of one state; each delivery's attempts are in GET …/deliveries/{deliveryId}.")
    public DeliveryPage list(@PathParam("id") UUID id,
                             @QueryParam("state") @Parameter(description = "PENDING, DELIVERED or FAILED",
                                     schema = @Schema(implementation = DeliveryState.class)) String state,
                             @QueryParam("cursor") String cursor,
                             @QueryParam("limit") @Parameter(description = "page size, 1 to 100 (default 20)",
                                     schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                                             defaultValue = "20")) String limit) {
        return deliveries.list(id, QueryParams.enumValue(DeliveryState.class, state, "state"), cursor,
                QueryParams.limit(limit));
    }

    @GET
    @Path("/{deliveryId: " + WebhookExamples.UUID + "}")
    @Operation(summary = "查看投递 / read a delivery", description = "With its log: each attempt's time, duration, HTTP "
            + "status, error and the start of the receiver's answer.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    public DeliveryView get(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        return deliveries.get(id, deliveryId);
    }

    @POST
    @Path("/{deliveryId: " + WebhookExamples.UUID + "}/replay")
    @Transactional
    @Operation(summary = "重放投递 / replay a delivery", description = "A DELIVERED or FAILED delivery is queued again and "
            + "sent at once: the same CloudEvent (same id, same body), newly signed. 409 while it is still queued. On a "
            + "SUSPENDED subscription it waits for the resumption. No body. Idempotency-Key honoured.")
    @APIResponse(responseCode = "202", description = "queued again",
            content = @Content(schema = @Schema(implementation = DeliveryView.class)))
    @APIResponse(responseCode = "409", description = "still queued", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "queued",
            value = WebhookExamples.STILL_QUEUED)))
    public Response replay(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId,
                           @HeaderParam(Idempotency.HEADER) String key) {
        IdempotentResponse<DeliveryView> answer = idempotency.once(caller.subject(), key,
                Map.of("replay", deliveryId.toString()), DeliveryView.class,
                () -> IdempotentResponse.fresh(202, null, deliveries.replay(id, deliveryId)));
        return Response.status(answer.status()).header("Idempotent-Replayed", answer.replayed())
                .entity(answer.body()).build();
    }

    @POST
    @Path("/replay")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "批量重放 / replay since a time", description = "Every DELIVERED or FAILED delivery of the "
            + "subscription whose event arrived at or after since is queued again (those still queued are on their "
            + "way already). Events from before the subscription existed were never queued for it and are not sent. "
            + "Idempotency-Key honoured.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReplayRequest.class),
            examples = @ExampleObject(name = "今早以来", value = "{\"since\": \"2026-11-27T08:00:00+08:00\"}")))
    @APIResponse(responseCode = "202", description = "queued again",
            content = @Content(schema = @Schema(implementation = ReplayView.class)))
    public Response replaySince(@PathParam("id") UUID id, @Valid @NotNull ReplayRequest request,
                                @HeaderParam(Idempotency.HEADER) String key) {
        IdempotentResponse<ReplayView> answer = idempotency.once(caller.subject(), key,
                Map.of("replay-since", id.toString(), "since", request.since().toString()), ReplayView.class,
                () -> IdempotentResponse.fresh(202, null, deliveries.replaySince(id, request.since())));
        return Response.status(answer.status()).header("Idempotent-Replayed", answer.replayed())
                .entity(answer.body()).build();
    }
}

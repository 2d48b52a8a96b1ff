package cn.hazardledger.notifyservice.webhook;

import cn.hazardledger.chassis.crypto.FieldCipher;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Event subscriptions of other government systems (事件订阅). A regulator grants them, each within their region: a
 * system's own token may not, since a subscription is a standing grant of a region's events to whoever holds the URL.
 */
@Path("/webhooks/subscriptions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "webhooks", description = "事件订阅: webhooks for other government systems (notify-service/docs/webhooks.md)")
@RolesAllowed(Roles.REGULATOR)
public class SubscriptionResource {

    @Inject
    SubscriptionService subscriptions;

    @Inject
    Idempotency idempotency;

    @Inject
    Caller caller;

    @Inject
    FieldCipher cipher;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "新建事件订阅 / create a subscription", description = "Events of the given types whose region "
            + "lies inside regionCode (itself within yours) are POSTed to url as signed CloudEvents from now on. The "
            + "answer holds the signing secret, the only time it is shown. url must be https and may not resolve to a "
            + "loopback, link-local, multicast or unspecified address. Idempotency-Key makes retries safe (a retry "
            + "answers the same secret).")
    @RequestBody(content = @Content(schema = @Schema(implementation = SubscriptionRequest.class),
            examples = @ExampleObject(name = "县应急局平台", value = WebhookExamples.REQUEST)))
    @APIResponse(responseCode = "201", description = "created; secret is in this answer only",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "a field is invalid: errors[] names it (url refused, unknown event "
            + "type, region outside yours)", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class),
            examples = @ExampleObject(name = "refused", value = WebhookExamples.REFUSED_URL)))
    public Response create(@Valid @NotNull SubscriptionRequest request, @HeaderParam(Idempotency.HEADER) String key,
                           @Context UriInfo uri) {
        IdempotentResponse<SubscriptionView> answer = idempotency.once(caller.subject(), key, request,
                SubscriptionView.class, () -> {
                    SubscriptionView view = subscriptions.create(request);
                    return IdempotentResponse.fresh(201, "/webhooks/subscriptions/" + view.id(), sealed(view));
                });
        SubscriptionView body = opened(answer.body());
        return Response.status(answer.status())
                .location(URI.create(uri.getBaseUri().toString().replaceAll("/$", "") + answer.location()))
                .tag(etag(body.version())).header("Idempotent-Replayed", answer.replayed())
                .entity(body).build();
    }

    @GET
    @Operation(summary = "事件订阅列表 / subscriptions", description = "Those of your region and below it, newest first. "
            + "No secrets.")
    public SubscriptionPage list(@QueryParam("cursor") String cursor,
                                 @QueryParam("limit") @Parameter(description = "page size, 1 to 100 (default 20)",
                                         schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100",
                                                 defaultValue = "20")) String limit) {
        return subscriptions.list(cursor, QueryParams.limit(limit));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "查看事件订阅 / read a subscription", description = "404 outside your region. ETag; "
            + "If-None-Match answers 304. consecutiveFailures is live and does not change the ETag.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "304", description = "not modified since the ETag in If-None-Match")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        Subscription s = subscriptions.visible(id);
        EntityTag tag = etag(s.version);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        return unchanged != null ? unchanged.build() : Response.ok(subscriptions.view(s)).tag(tag).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @Operation(summary = "修改事件订阅 / update a subscription", description = "Replaces url, eventTypes, regionCode "
            + "and description (the same body as creation, checked the same way). Queued deliveries go to the new url. "
            + "If-Match with the ETag you read is required.")
    @RequestBody(content = @Content(schema = @Schema(implementation = SubscriptionRequest.class),
            examples = @ExampleObject(name = "改地址", value = WebhookExamples.REQUEST)))
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public Response update(@PathParam("id") UUID id, @Valid @NotNull SubscriptionRequest request,
                           @HeaderParam("If-Match") String ifMatch) {
        return withTag(subscriptions.update(id, ifMatch, request));
    }

    @DELETE
    @Path("/{id}")
    @Transactional
    @Operation(summary = "删除事件订阅 / delete a subscription", description = "Gone with its queued deliveries and their "
            + "log; an attempt under way still ends. To stop sending for a while, suspend it instead. If-Match required.")
    @APIResponse(responseCode = "204", description = "deleted")
    public Response delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch) {
        subscriptions.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/suspension")
    @Transactional
    @Operation(summary = "暂停事件订阅 / suspend", description = "Nothing is sent until it is resumed; events keep being "
            + "queued for it meanwhile. 409 when already suspended. No body. If-Match required; Idempotency-Key honoured.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "409", description = "already suspended", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response suspend(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                            @HeaderParam(Idempotency.HEADER) String key) {
        return once(key, "suspend", id, () -> subscriptions.suspend(id, ifMatch));
    }

    @POST
    @Path("/{id}/resume")
    @Transactional
    @Operation(summary = "恢复事件订阅 / resume", description = "A SUSPENDED subscription (suspended by webhooks.suspend-after "
            + "failures in a row, or by hand) is ACTIVE again; what was queued meanwhile is sent at once, oldest first, "
            + "each with its retries counted afresh. 409 when it is not suspended. No body. If-Match required; "
            + "Idempotency-Key honoured.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "409", description = "not suspended", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "active",
            value = WebhookExamples.CONFLICT)))
    public Response resume(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @HeaderParam(Idempotency.HEADER) String key) {
        return once(key, "resume", id, () -> subscriptions.resume(id, ifMatch));
    }

    @POST
    @Path("/{id}/secret-rotation")
    @Transactional
    @Operation(summary = "更换签名密钥 / rotate the secret", description = "A new secret, shown in this answer only, signs "
            + "from now on; the old one signs beside it (two v1 signatures) until previousSecretValidUntil "
            + "(webhooks.secret-grace, 24 h), so that the receiver can switch without losing an event. No body. "
            + "If-Match required; Idempotency-Key honoured (a retry answers the same new secret).")
    @APIResponse(responseCode = "200", description = "rotated; secret is in this answer only",
            content = @Content(schema = @Schema(implementation = SubscriptionView.class)))
    public Response rotate(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
                           @HeaderParam(Idempotency.HEADER) String key) {
        return once(key, "rotate-secret", id, () -> subscriptions.rotateSecret(id, ifMatch));
    }

    private Response once(String key, String action, UUID id, Supplier<SubscriptionView> step) {
        IdempotentResponse<SubscriptionView> answer = idempotency.once(caller.subject(), key,
                Map.of(action, id.toString()), SubscriptionView.class,
                () -> IdempotentResponse.fresh(200, null, sealed(step.get())));
        SubscriptionView body = opened(answer.body());
        return Response.status(answer.status()).tag(etag(body.version()))
                .header("Idempotent-Replayed", answer.replayed()).entity(body).build();
    }

    /**
     * The answer as idempotency_record keeps it for a replay: its secret sealed (docs/webhooks.md, "Secrets at
     * rest"), bound to the subscription, so that the copy kept for 24 hours is no more readable than the row.
     */
    private SubscriptionView sealed(SubscriptionView view) {
        return view.secret() == null ? view
                : view.withSecret(SecretSeal.seal(cipher, view.id(), SecretSeal.REPLAY, view.secret()));
    }

    /**
     * The answer as the client gets it, fresh or replayed: its secret in clear. A replayed secret that does not open
     * (its key removed within the 24 hours, or the row altered) is left out rather than answered as something else;
     * the subscription itself is intact, and a rotation gives a new secret.
     */
    private SubscriptionView opened(SubscriptionView view) {
        if (view.secret() == null) {
            return view;
        }
        try {
            return view.withSecret(SecretSeal.open(cipher, view.id(), SecretSeal.REPLAY, view.secret()));
        } catch (FieldCipher.SealedValueRefused e) {
            org.jboss.logging.Logger.getLogger(SubscriptionResource.class).errorf(
                    "webhook subscription %s: the secret kept for an idempotent replay does not open (%s); "
                            + "replayed without it", view.id(), e.getMessage());
            return view.withSecret(null);
        }
    }

    private static Response withTag(SubscriptionView view) {
        return Response.ok(view).tag(etag(view.version())).build();
    }

    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }
}

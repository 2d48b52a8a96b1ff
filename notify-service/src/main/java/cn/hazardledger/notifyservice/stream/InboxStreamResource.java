package cn.hazardledger.notifyservice.stream;

import cn.hazardledger.chassis.security.Caller;
import cn.hazardledger.chassis.security.Roles;
import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.notifyservice.inbox.Inboxes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;

/** The inbox as a live stream of server-sent events (notify-service/docs/stream.md). */
@Path("/inbox/stream")
@Tag(name = "inbox")
@RolesAllowed({Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP, Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM})
public class InboxStreamResource {

    @Inject
    Caller caller;

    @Inject
    Inboxes inboxes;

    @Inject
    JsonWebToken token;

    @Inject
    OpenStreams streams;

    @Inject
    StreamPoller poller;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "通知实时流 / live inbox stream", description = """
            Server-sent events: each notification that arrives in your inbox (the same as GET /inbox) while the stream \
            is open, as an event `notification` whose data is the notification as GET /inbox/{id} answers it and whose \
            `id` is its place in the stream. The first frame carries only an `id` and the `retry` hint; a comment \
            `keep-alive` follows every 15 s.

            Without `Last-Event-ID` the stream starts from now. After a dropped connection, reconnect with the last \
            `id` you were given as `Last-Event-ID`: everything of your inbox after it comes first, in order, then the \
            stream goes on live; nothing is lost or given twice.

            Authenticate with the bearer token in the Authorization header, as everywhere. A browser's EventSource \
            cannot send headers, so web clients read the stream with fetch() (e.g. @microsoft/fetch-event-source) and \
            send Authorization and Last-Event-ID themselves; a token in the query string is not accepted, since URLs \
            end up in access logs. The stream ends when the token expires: reconnect with a fresh one and \
            Last-Event-ID. A client that falls far behind is disconnected and resumes the same way.""")
    @APIResponse(responseCode = "200", description = "the stream; it ends only when the connection does",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "a notification", value = """
                            :open
                            id:czE6ODUxOjA
                            retry:3000

                            id:czE6ODUyOjE0Nw
                            event:notification
                            data:{"id":"0b6c3f4e-2a55-4c41-9d0e-6f1c2b7a9e10","kind":"HAZARD_REPORTED","title":"新隐患待核实：餐馆液化气钢瓶与灶具同室存放","body":"区划 500240213001 上报（燃气）：餐馆液化气钢瓶与灶具同室存放","subjectType":"hazard","subjectId":"5f0e8a9c-3d2b-4e7a-8c1f-2a9b7d6e4c30","createdAt":"2026-11-26T10:00:01.123+08:00","read":false,"readAt":null}

                            :keep-alive

                            """)))
    @APIResponse(responseCode = "400", description = "Last-Event-ID is not an id this stream sent",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "Last-Event-ID", value = """
                            {"type":"https://hazard-ledger.cn/problems/validation","title":"请求参数不合法 / invalid request",\
                            "status":400,"detail":"Last-Event-ID: not an event id this stream sent; reconnect without it to start from now",\
                            "errors":[{"field":"Last-Event-ID","reason":"not an event id this stream sent; reconnect without it to start from now"}]}""")))
    @APIResponse(responseCode = "401", description = "missing, expired or invalid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "no token", value = """
                            {"type":"https://hazard-ledger.cn/problems/unauthenticated","title":"未认证 / missing or invalid bearer token",\
                            "status":401,"detail":"send a valid bearer token in the Authorization header"}""")))
    @APIResponse(responseCode = "403", description = "your role has no inbox (PUBLIC), or your token has no region",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "no inbox", value = """
                            {"type":"https://hazard-ledger.cn/problems/forbidden","title":"无权操作 / not allowed for this role",\
                            "status":403,"detail":"your role may not do this"}""")))
    @APIResponse(responseCode = "429", description = "you already hold stream.max-per-reader open streams (5); "
            + "retry after the seconds in Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "too many", value = """
                            {"type":"https://hazard-ledger.cn/problems/too-many-streams","title":"通知流过多 / too many open streams",\
                            "status":429,"detail":"you hold 5 open streams, the most one person may; close one (an old tab) or wait for a dropped one to time out"}""")))
    @APIResponse(responseCode = "503", description = "this replica holds stream.max-open streams (2000), or the "
            + "database cannot be reached; retry after the seconds in Retry-After",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(ref = "Problem"),
                    examples = @ExampleObject(name = "full", value = """
                            {"type":"https://hazard-ledger.cn/problems/service-unavailable","title":"服务暂不可用，请稍后重试 / service unavailable, retry later",\
                            "status":503,"detail":"this replica holds as many streams as it may (2000); reconnect in a few seconds"}""")))
    public void stream(@HeaderParam(StreamPosition.HEADER) @Parameter(name = StreamPosition.HEADER, in = ParameterIn.HEADER,
                               description = "the last `id` you were given: resume after it (omit to start from now)",
                               schema = @Schema(type = SchemaType.STRING, maxLength = 100)) String lastEventId,
                       @Context SseEventSink sink, @Context Sse sse) {
        Audience audience = Audience.of(caller, inboxes);
        StreamPosition resumeAfter = StreamPosition.decode(lastEventId);
        // a verified token always has exp (smallrye-jwt requires it)
        streams.open(audience, Instant.ofEpochSecond(token.getExpirationTime()), resumeAfter, sink, sse);
        poller.wake();
    }
}

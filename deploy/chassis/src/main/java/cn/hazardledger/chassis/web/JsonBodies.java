package cn.hazardledger.chassis.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A JSON body must be UTF-8 (RFC 8259 §8.1), exactly: the JSON parser reads the overlong pair C0 AF as '/' and
 * would store it, so the bytes are checked with Java's strict decoder first. A body over {@link #MAX_BYTES}
 * that came chunked, with no Content-Length for the HTTP guard to judge, is refused here too, having read no
 * more than one byte past the limit.
 * <p>
 * Only JSON bodies are read here. The filter reads the entity stream itself rather than asking the framework
 * to read the body first ({@code readBody}): that would make every endpoint parse a form body too, so a
 * multipart upload would be spooled to disk before any endpoint that takes none could refuse it.
 */
public class JsonBodies {

    /** The largest JSON body any service accepts. The HTTP layer's own limit is set above it. */
    public static final long MAX_BYTES = BodyLimits.JSON_BYTES;

    @ServerRequestFilter
    public Optional<Response> check(ContainerRequestContext request) throws IOException {
        MediaType type = request.getMediaType();
        if (!request.hasEntity() || type == null || !isJson(type)) {
            return Optional.empty();
        }
        byte[] body = request.getEntityStream().readNBytes((int) MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            return Optional.of(Response.fromResponse(Problem.of(ProblemType.PAYLOAD_TOO_LARGE,
                    "the body is larger than " + MAX_BYTES + " bytes").toResponse()).header("Connection", "close").build());
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            return Optional.of(Problem.of(ProblemType.MALFORMED, "the body is not valid UTF-8").toResponse());
        }
        request.setEntityStream(new ByteArrayInputStream(body));
        return Optional.empty();
    }

    private static boolean isJson(MediaType type) {
        return "application".equals(type.getType())
                && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }
}

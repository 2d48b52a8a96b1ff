package cn.hazardledger.chassis.web.http;

import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.chassis.web.ProblemType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses, as problem+json, what is wrong with a request before any resource reads it: a request target that
 * is not a path, a missing Host, an overlong URI or header block, percent-encoding that is not clean UTF-8,
 * a body that is too large or that comes without a Content-Type.
 * <p>
 * The HTTP decoder's own limits are set far above these (chassis defaults), so that it is this guard, not
 * the decoder, that answers: the decoder answers a bare status and Quarkus offers no hook to change that.
 */
@ApplicationScoped
public class HttpGuard {

    /** Before Quarkus's upload limit (order -2) and compression (0), after its own bookkeeping. */
    static final int ORDER = -1000;
    static final int MAX_URI = 8 * 1024;
    static final int MAX_HEADERS = 16 * 1024;
    private static final Set<HttpMethod> WITH_BODY = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBody;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
    }

    void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        Problem problem = problemWith(request);
        if (problem == null) {
            context.next();
            return;
        }
        ProblemWriter.write(context.response(), json, problem, true);
    }

    Problem problemWith(HttpServerRequest request) {
        String uri = request.uri();
        if (uri == null || !uri.startsWith("/")) {
            return invalid("path", "the request target must be a path such as /hazards");
        }
        if (uri.length() > MAX_URI) {
            return Problem.of(ProblemType.URI_TOO_LONG, "the request URI is longer than " + MAX_URI + " characters");
        }
        MultiMap headers = request.headers();
        if (request.version() == HttpVersion.HTTP_1_1 && headers.get("Host") == null) {
            return invalid("Host", "HTTP/1.1 requires a Host header");
        }
        if (size(headers) > MAX_HEADERS) {
            return Problem.of(ProblemType.HEADERS_TOO_LARGE, "the request headers are larger than " + MAX_HEADERS + " bytes");
        }
        int query = uri.indexOf('?');
        String pathProblem = RequestText.problemWith(query < 0 ? uri : uri.substring(0, query));
        if (pathProblem != null) {
            return invalid("path", "the path " + pathProblem);
        }
        String queryProblem = query < 0 ? null : RequestText.problemWith(uri.substring(query + 1).replace('+', ' '));
        if (queryProblem != null) {
            return invalid("query", "the query string " + queryProblem);
        }
        return bodyProblem(request, headers);
    }

    private Problem bodyProblem(HttpServerRequest request, MultiMap headers) {
        String length = headers.get("Content-Length");
        boolean chunked = headers.contains("Transfer-Encoding");
        long declared;
        try {
            declared = length == null ? 0 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return invalid("Content-Length", "must be a whole number of bytes");
        }
        if (declared > maxBody.asLongValue()) {
            return Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "the body is larger than " + maxBody.asLongValue() + " bytes");
        }
        boolean hasBody = declared > 0 || chunked;
        if (hasBody && WITH_BODY.contains(request.method()) && headers.get("Content-Type") == null) {
            return Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "a body needs a Content-Type: send application/json");
        }
        return null;
    }

    private static Problem invalid(String field, String reason) {
        return Problem.invalid(field + ": " + reason, List.of(new Problem.FieldError(field, reason)));
    }

    private static long size(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }
}

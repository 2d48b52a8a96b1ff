package cn.hazardledger.chassis.web.http;

import cn.hazardledger.chassis.web.BodyLimits;
import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.chassis.web.ProblemType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Refuses, as problem+json, what is wrong with a request before any resource reads it: a request target that
 * is not a path, a missing Host, an overlong URI or header block, percent-encoding that is not clean UTF-8,
 * a body that is too large or that comes without a concrete Content-Type, a repeated Host, a header name that
 * is no token, a transfer coding other than chunked. A body's size is judged by its Content-Length and what it
 * is ({@link BodyLimits}): an upload's multipart envelope may be a little larger than its file.
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
    /** RFC 9110 §5.6.2: a field name is a token. */
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");
    /** type "/" subtype, both tokens and neither a wildcard. */
    private static final Pattern CONCRETE_TYPE = Pattern.compile(
            "^\\s*[!#$%&'+.^_`|~0-9A-Za-z-]+/[!#$%&'+.^_`|~0-9A-Za-z-]+\\s*(;|$)");

    @Inject
    ObjectMapper json;


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
        Problem target = targetProblem(request);
        if (target != null) {
            return target;
        }
        MultiMap headers = request.headers();
        if (request.version() == HttpVersion.HTTP_1_1 && headers.get("Host") == null) {
            return invalid("Host", "HTTP/1.1 requires a Host header");
        }
        if (headers.getAll("Host").size() > 1) {
            return invalid("Host", "is given more than once (RFC 9112 §3.2)");
        }
        for (String name : headers.names()) {
            if (!TOKEN.matcher(name).matches()) {
                return invalid("headers", "a header name is empty or holds characters a name may not have");
            }
        }
        if (size(headers) > MAX_HEADERS) {
            return Problem.of(ProblemType.HEADERS_TOO_LARGE, "the request headers are larger than " + MAX_HEADERS + " bytes");
        }
        return bodyProblem(request, headers);
    }

    /** What is wrong with the request target alone: not a path, too long, or not clean percent-encoded UTF-8. */
    Problem targetProblem(HttpServerRequest request) {
        String uri = request.uri();
        if (uri == null || !uri.startsWith("/")) {
            return invalid("path", "the request target must be a path such as /hazards");
        }
        if (uri.length() > MAX_URI) {
            return Problem.of(ProblemType.URI_TOO_LONG, "the request URI is longer than " + MAX_URI + " characters");
        }
        int query = uri.indexOf('?');
        String pathProblem = RequestText.problemWith(query < 0 ? uri : uri.substring(0, query));
        if (pathProblem != null) {
            return invalid("path", "the path " + pathProblem);
        }
        String queryProblem = query < 0 ? null : RequestText.problemWith(uri.substring(query + 1).replace('+', ' '));
        return queryProblem == null ? null : invalid("query", "the query string " + queryProblem);
    }

    private Problem bodyProblem(HttpServerRequest request, MultiMap headers) {
        String length = headers.get("Content-Length");
        String coding = headers.get("Transfer-Encoding");
        boolean chunked = coding != null;
        // with both Content-Length and Transfer-Encoding, the HTTP decoder has already dropped Content-Length:
        // the body is read chunked, as RFC 9112 §6.3 says, whatever a proxy in front may have thought
        if (chunked && !coding.trim().equalsIgnoreCase("chunked")) {
            // RFC 9112 suggests 501; it is the client's request that cannot be read, and no 5xx answers bad input
            return invalid("Transfer-Encoding", "must be chunked, the only transfer coding accepted");
        }
        long declared;
        try {
            declared = length == null ? 0 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return invalid("Content-Length", "must be a whole number of bytes");
        }
        String type = headers.get("Content-Type");
        long max = BodyLimits.maxBytes(type);
        if (declared > max) {
            return Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "the body is larger than " + max + " bytes");
        }
        boolean hasBody = declared > 0 || chunked;
        if (hasBody && WITH_BODY.contains(request.method()) && (type == null || !CONCRETE_TYPE.matcher(type).find())) {
            // a wildcard or an empty type names no format; the resources would match it to JSON and guess
            return Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    "a body needs its Content-Type: application/json, or multipart/form-data for an upload");
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

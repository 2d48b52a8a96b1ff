package cn.hazardledger.chassis.web.http;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Set;

/**
 * Adds the browser-facing security headers to every answer of the router (resources, problem+json from any layer
 * above the HTTP decoder, Swagger UI, health), just before its headers leave, and answers CORS preflights for
 * the configured origins. A Vert.x route handler rather than a JAX-RS filter so that the HttpGuard's refusals and
 * the non-JAX-RS routes get them too; and rather than {@code quarkus.http.header.*} because the values depend
 * on the answer (Swagger UI needs scripts, a stored file brings its own CSP, an ETag changes the cache rule).
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Before the HttpGuard, so that its refusals carry the headers too. */
    static final int ORDER = HttpGuard.ORDER - 1;
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    /** Swagger UI's page starts itself with an inline script and style, and fetches the document from /q/openapi. */
    static final String SWAGGER_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    static final String METHODS = "GET, POST, PUT, PATCH, DELETE";
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, Idempotency-Key, "
            + "Last-Event-ID, X-Report-Secret, X-Request-Id";
    static final String EXPOSED_HEADERS = "ETag, Location, Retry-After, Idempotent-Replayed, X-Request-Id";

    @Inject
    HttpHeadersConfig config;

    private Set<String> origins;

    void install(@Observes Router router) {
        origins = Set.copyOf(config.corsOrigins().orElse(List.of()).stream().map(String::strip)
                .filter(o -> !o.isEmpty()).toList());
        router.route().order(ORDER).handler(this::handle);
    }

    void handle(RoutingContext context) {
        String origin = context.request().getHeader("Origin");
        boolean allowed = origin != null && origins.contains(origin);
        if (allowed && context.request().method() == HttpMethod.OPTIONS
                && context.request().getHeader("Access-Control-Request-Method") != null) {
            HttpServerResponse preflight = context.response().setStatusCode(204);
            preflight.headers().set("Access-Control-Allow-Origin", origin).add("Vary", "Origin")
                    .set("Access-Control-Allow-Methods", METHODS).set("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                    .set("Access-Control-Max-Age", "600");
            secure(context.request().path(), context.request().headers().contains("Authorization"), preflight.headers());
            preflight.end();
            return;
        }
        boolean authenticated = context.request().headers().contains("Authorization");
        String path = context.request().path();
        context.addHeadersEndHandler(v -> {
            MultiMap headers = context.response().headers();
            if (allowed) {
                headers.set("Access-Control-Allow-Origin", origin).add("Vary", "Origin")
                        .set("Access-Control-Expose-Headers", EXPOSED_HEADERS);
            }
            secure(path, authenticated, headers);
        });
        context.next();
    }

    void secure(String path, boolean authenticated, MultiMap headers) {
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Permissions-Policy", PERMISSIONS);
        headers.set("Strict-Transport-Security", "max-age=" + config.hstsMaxAge() + "; includeSubDomains");
        if (!headers.contains("Content-Security-Policy")) {
            // a stored document (a bulletin's HTML) brings a policy of its own and keeps it
            headers.set("Content-Security-Policy", path != null && path.startsWith("/q/swagger-ui") ? SWAGGER_CSP : API_CSP);
        }
        if (authenticated && !headers.contains("Cache-Control")) {
            // a caller's data stays out of shared caches; with an ETag the client may keep it but revalidates
            // each time (If-None-Match, 304), without one it keeps nothing
            headers.set("Cache-Control", headers.contains("ETag") ? "private, no-cache" : "no-store");
        }
    }
}

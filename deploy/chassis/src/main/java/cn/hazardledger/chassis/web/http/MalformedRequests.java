package cn.hazardledger.chassis.web.http;

import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.chassis.web.ProblemType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.Handler;
import io.vertx.core.Verticle;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.impl.Deployment;
import io.vertx.core.impl.VertxInternal;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.lang.reflect.Field;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A request the HTTP decoder cannot read as HTTP/1.1 (a broken request line, header syntax or framing, a bad
 * escape in the path) never reaches a route: Vert.x answers it with a bare 400 through the server's "invalid
 * request handler", which Quarkus does not let an application set. This puts a problem+json answer in its
 * place, reaching into Vert.x's server objects once they listen (Vert.x 4.5: the server's child handler, its
 * connection handler, that handler's invalidRequestHandler), and puts {@link CleanTarget} in front of the
 * request handler Quarkus gave the server.
 * <p>
 * If a Vert.x upgrade moves those fields, nothing breaks: a warning is logged, those requests get the bare
 * 400 again, and the hostile-input tests (HostileInputTest, deploy/fuzz) fail until this is adapted.
 */
@ApplicationScoped
public class MalformedRequests {

    private static final Logger LOG = Logger.getLogger(MalformedRequests.class);
    private static final String QUARKUS_VERTICLE = "VertxHttpRecorder$WebDeploymentVerticle";
    private static final List<String> SERVERS = List.of("httpServer", "httpsServer", "domainSocketServer");
    private static final int ATTEMPTS = 150;

    @Inject
    ObjectMapper json;

    @Inject
    Vertx vertx;

    @Inject
    HttpGuard guard;

    private final AtomicInteger attempts = new AtomicInteger();

    /** The router is ready before the server listens: look for the listening servers a few times a second. */
    void install(@Observes Router router) {
        vertx.setPeriodic(200, timer -> {
            int installed = tryInstall();
            if (installed > 0) {
                vertx.cancelTimer(timer);
                LOG.debugf("malformed HTTP requests answer problem+json on %d server(s)", installed);
            } else if (attempts.incrementAndGet() >= ATTEMPTS) {
                vertx.cancelTimer(timer);
                LOG.warn("could not reach Vert.x's HTTP servers: malformed HTTP requests get Vert.x's bare 400");
            }
        });
    }

    int tryInstall() {
        int installed = 0;
        try {
            VertxInternal internal = (VertxInternal) vertx;
            for (String id : internal.deploymentIDs()) {
                Deployment deployment = internal.getDeployment(id);
                if (deployment == null) {
                    continue;
                }
                for (Verticle verticle : deployment.getVerticles()) {
                    if (verticle.getClass().getName().endsWith(QUARKUS_VERTICLE)) {
                        installed += install(verticle);
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            attempts.set(ATTEMPTS);
            LOG.warnf("Vert.x's HTTP server internals are not as expected (%s): malformed HTTP requests get Vert.x's "
                    + "bare 400", e);
        }
        return installed;
    }

    private int install(Verticle verticle) throws ReflectiveOperationException {
        int installed = 0;
        Handler<HttpServerRequest> answer = this::answer;
        for (String name : SERVERS) {
            Object server = read(verticle, name);
            Object worker = server == null ? null : read(server, "childHandler");
            Object connections = worker == null ? null : read(worker, "connectionHandler");
            if (connections != null) {
                write(connections, "invalidRequestHandler", answer);
                @SuppressWarnings("unchecked")
                Handler<HttpServerRequest> requests = (Handler<HttpServerRequest>) read(connections, "requestHandler");
                if (!(requests instanceof CleanTarget)) {
                    write(connections, "requestHandler", new CleanTarget(requests));
                }
                installed++;
            }
        }
        return installed;
    }

    void answer(HttpServerRequest request) {
        Throwable cause = request.decoderResult() == null ? null : request.decoderResult().cause();
        Problem problem;
        if (cause instanceof TooLongHttpLineException) {
            problem = Problem.of(ProblemType.URI_TOO_LONG, "the request line is longer than the server reads");
        } else if (cause instanceof TooLongHttpHeaderException) {
            problem = Problem.of(ProblemType.HEADERS_TOO_LARGE, "the request headers are larger than the server reads");
        } else if (cause != null && String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("header")) {
            String reason = "a header line cannot be read: no colon, or a name or value with characters HTTP does not allow";
            problem = Problem.invalid("headers: " + reason, List.of(new Problem.FieldError("headers", reason)));
        } else {
            problem = Problem.of(ProblemType.MALFORMED, "the request is not well-formed HTTP/1.1: its request line "
                    + "or its framing cannot be read");
        }
        ProblemWriter.write(request.response(), json, problem, true);
        request.response().close();
    }

    /**
     * Before Quarkus's own request handling, which answers a path with a broken %-escape with a bare 400 before
     * any route (and so before {@link HttpGuard}) sees it: the same target checks as the guard's, as problem+json.
     */
    private final class CleanTarget implements Handler<HttpServerRequest> {

        private final Handler<HttpServerRequest> next;

        CleanTarget(Handler<HttpServerRequest> next) {
            this.next = next;
        }

        @Override
        public void handle(HttpServerRequest request) {
            Problem problem = guard.targetProblem(request);
            if (problem == null) {
                next.handle(request);
                return;
            }
            ProblemWriter.write(request.response(), json, problem, true);
        }
    }

    private static Object read(Object target, String name) throws ReflectiveOperationException {
        return field(target.getClass(), name).get(target);
    }

    private static void write(Object target, String name, Object value) throws ReflectiveOperationException {
        field(target.getClass(), name).set(target, value);
    }

    private static Field field(Class<?> type, String name) throws NoSuchFieldException {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException next) {
                // look in the superclass
            }
        }
        throw new NoSuchFieldException(type.getName() + "." + name);
    }
}

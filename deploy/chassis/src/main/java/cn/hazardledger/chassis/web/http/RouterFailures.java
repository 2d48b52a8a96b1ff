package cn.hazardledger.chassis.web.http;

import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.chassis.web.ProblemType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Failures that never reach a JAX-RS exception mapper (a body over the upload limit, a request the HTTP
 * layer could not route) answer problem+json too, in place of the framework's own error page.
 */
@ApplicationScoped
public class RouterFailures {

    private static final Logger LOG = Logger.getLogger(RouterFailures.class);

    @Inject
    ObjectMapper json;

    @Inject
    HttpGuard guard;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    void answer(RoutingContext context) {
        int status = context.statusCode();
        Throwable failure = context.failure();
        // the router itself fails a request without Host or with a target that is not a path, before any route
        Problem problem = guard.problemWith(context.request());
        if (problem != null) {
            ProblemWriter.write(context.response(), json, problem, true);
            return;
        }
        if (status >= 400 && status < 500) {
            ProblemType type = ProblemType.forStatus(status);
            problem = new Problem(type.uri(), type.title(), status, type.title(), null, null);
        } else {
            String incident = UUID.randomUUID().toString();
            LOG.errorf(failure, "unexpected failure outside the resources, incident %s", incident);
            problem = Problem.of(ProblemType.INTERNAL, "incident " + incident + " was logged");
        }
        ProblemWriter.write(context.response(), json, problem, true);
    }
}

package cn.hazardledger.hazardservice.publicreport;

import cn.hazardledger.chassis.crypto.FieldCipher;
import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.chassis.web.ProblemType;
import io.quarkus.logging.Log;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;

/** Public reports' failures as problem+json, at the edge. */
public class PublicReportProblems {

    @ServerExceptionMapper
    public Response triage(TriageConflict e) {
        return Problem.of(ProblemType.CONFLICT, e.getMessage()).with(Map.of("currentStatus", e.current().name()))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response reward(RewardRefused e) {
        return Problem.of(ProblemType.CONFLICT, e.getMessage()).with(Map.of("reason", e.getMessage())).toResponse();
    }

    @ServerExceptionMapper
    public Response limited(RateLimited e) {
        return Response.fromResponse(Problem.of(ProblemType.TOO_MANY_REQUESTS, e.getMessage()).toResponse())
                .header("Retry-After", e.retryAfterSeconds()).build();
    }

    /**
     * A sealed value that does not open is data damaged or a key removed too early (step 4 of a rotation before
     * step 3 finished): an incident for the operators, never a guess at the value.
     */
    @ServerExceptionMapper
    public Response sealed(FieldCipher.SealedValueRefused e) {
        Log.errorf("a public report's sealed value does not open: %s (was a field-encryption key removed before the "
                + "re-seal finished?)", e.getMessage());
        return Problem.of(ProblemType.INTERNAL, "a sealed value of this report cannot be opened; the operators were told")
                .toResponse();
    }
}

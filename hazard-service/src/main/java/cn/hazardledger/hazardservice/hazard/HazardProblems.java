package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.chassis.web.ProblemType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;

/** The hazard's domain failures as problem+json: a refused move answers 409 with the state and the move. */
public class HazardProblems {

    @ServerExceptionMapper
    public Response illegal(IllegalTransition e) {
        return Problem.of(ProblemType.CONFLICT, e.getMessage())
                .with(Map.of("currentStatus", e.current().name(), "refusedAction", e.refused().name()))
                .toResponse();
    }
}

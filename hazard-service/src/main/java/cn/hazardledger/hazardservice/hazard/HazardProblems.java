package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.web.Problem;
import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Map;

/** The hazard's domain failures as problem+json, at the edge. */
public class HazardProblems {

    /** 409 naming what the hazard is and the move that was refused. */
    @ServerExceptionMapper
    public Response illegal(IllegalTransition e) {
        return Problem.of(ProblemType.CONFLICT, e.getMessage())
                .with(Map.of("currentStatus", e.current().name(), "refusedAction", e.refused().name()))
                .toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(InvalidStep e) {
        return ProblemException.invalidField(e.field(), e.getMessage()).problem().toResponse();
    }

    @ServerExceptionMapper
    public Response wrongSide(WrongSide e) {
        return Problem.of(ProblemType.FORBIDDEN, e.getMessage()).toResponse();
    }
}

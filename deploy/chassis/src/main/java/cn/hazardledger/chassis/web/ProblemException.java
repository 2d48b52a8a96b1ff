package cn.hazardledger.chassis.web;

import java.util.List;

/** Thrown by domain and application code to answer with a specific problem; carries no stack to the client. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(ProblemType type, String detail) {
        this(Problem.of(type, detail));
    }

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    /** A 400 naming one offending field of the request. */
    public static ProblemException invalidField(String field, String reason) {
        return new ProblemException(Problem.invalid(field + ": " + reason, List.of(new Problem.FieldError(field, reason))));
    }

    public Problem problem() {
        return problem;
    }
}

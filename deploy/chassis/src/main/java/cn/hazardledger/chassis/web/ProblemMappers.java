package cn.hazardledger.chassis.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import cn.hazardledger.chassis.database.PassingFailures;
import io.quarkus.security.AuthenticationFailedException;
import jakarta.inject.Inject;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Every failure leaves as problem+json; nothing reveals a stack trace or a Java class name. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    PassingFailures passing;

    @Inject
    AllowedMethods allowed;

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + ": " + f.reason()).collect(Collectors.joining("; "));
        return Problem.invalid(detail, errors).toResponse();
    }

    // the specific Jackson types are listed so that these win over the framework's own JSON mappers
    @ServerExceptionMapper({JsonProcessingException.class, JsonMappingException.class, MismatchedInputException.class,
            InvalidFormatException.class, UnrecognizedPropertyException.class, JsonParseException.class})
    public Response unreadable(JsonProcessingException e) {
        return JsonProblems.of(e).toResponse();
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(Problem.of(ProblemType.UNAUTHENTICATED,
                        "send a valid bearer token in the Authorization header").toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(ProblemType.FORBIDDEN, "your role may not do this").toResponse();
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e) {
        return Problem.of(ProblemType.CONFLICT, "the resource was changed by someone else; read it again").toResponse();
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable);
        }
        if (e.getResponse().getEntity() instanceof Problem) {
            return e.getResponse();
        }
        int status = e.getResponse().getStatus();
        if (status < 400) {
            return e.getResponse();
        }
        ProblemType type = ProblemType.forStatus(status);
        Response.ResponseBuilder answer = Response.fromResponse(new Problem(type.uri(), type.title(), status,
                safeDetail(type), null, null).toResponse());
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow == null && status == 405) {
            allow = allowed.allowFor(uri.getPath());
        }
        if (allow != null && !allow.isEmpty()) {
            answer.header(HttpHeaders.ALLOW, allow);
        }
        return answer.build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e) {
        if (e instanceof java.io.IOException && !PassingFailures.fromDatabase(e)) {
            // the body stopped short or its framing broke: the client's request, not our failure
            LOG.debugf("request body could not be read: %s", e.getMessage());
            return Problem.of(ProblemType.MALFORMED, "the body could not be read to its end").toResponse();
        }
        if (PassingFailures.fromDatabase(e) && passing.isPassing(e)) {
            LOG.warnf("answering 503 while the database is away: %s", e.getMessage());
            return Response.fromResponse(Problem.of(ProblemType.SERVICE_UNAVAILABLE,
                            "the database cannot be reached just now; nothing was changed, retry in a few seconds")
                    .toResponse()).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure, incident %s", incident);
        return Problem.of(ProblemType.INTERNAL, "incident " + incident + " was logged").toResponse();
    }

    private static String safeDetail(ProblemType type) {
        return switch (type) {
            case NOT_FOUND -> "no such resource, or it is outside your region";
            case METHOD_NOT_ALLOWED -> "this resource does not support that method";
            case UNSUPPORTED_MEDIA_TYPE -> "send the Content-Type the operation takes: application/json, or "
                    + "multipart/form-data for an upload";
            case NOT_ACCEPTABLE -> "this resource answers application/json, or a stored file in its own type";
            default -> type.title();
        };
    }

    private static String fieldOf(ConstraintViolation<?> v) {
        // clients know the fields of their JSON body and their query parameters, not Java signatures
        List<Path.Node> nodes = new java.util.ArrayList<>();
        v.getPropertyPath().forEach(nodes::add);
        nodes.removeIf(n -> n.getKind() == jakarta.validation.ElementKind.METHOD);
        if (nodes.size() > 1 && nodes.get(0).getKind() == jakarta.validation.ElementKind.PARAMETER) {
            nodes.remove(0);
        }
        // a constraint on a resource method's own parameter is on its body: query parameters and headers are
        // parsed by QueryParams and the chassis, not bean-validated
        if (nodes.size() == 1 && nodes.get(0).getKind() == jakarta.validation.ElementKind.PARAMETER) {
            return "body";
        }
        String field = nodes.stream().map(n -> n.getIndex() != null ? n.getName() + "[" + n.getIndex() + "]" : n.getName())
                .filter(java.util.Objects::nonNull).collect(Collectors.joining("."));
        return field.isEmpty() ? "body" : field;
    }
}

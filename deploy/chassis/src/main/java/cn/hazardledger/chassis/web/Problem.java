package cn.hazardledger.chassis.web;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** RFC 9457 problem details. {@code type} is stable and documented; {@code title} is for people. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors,
                      @JsonAnyGetter @Schema(hidden = true) Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    /** One offending field of the request: where it is (a JSON path like {@code location.latitude}) and why. */
    public record FieldError(String field, String reason) {
    }

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type.uri(), type.title(), type.status(), detail, null, null);
    }

    /**
     * The same problem with extension members (RFC 9457 §3.2), top-level fields a client can act on without
     * reading the detail, such as the current state of a resource that refused a move.
     */
    public Problem with(Map<String, Object> members) {
        return new Problem(type, title, status, detail, instance, errors, Map.copyOf(members));
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        ProblemType t = ProblemType.VALIDATION;
        return new Problem(t.uri(), t.title(), t.status(), detail, null, errors);
    }

    public Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}

package cn.hazardledger.chassis.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.List;
import java.util.Map;

/**
 * Documents in every service's OpenAPI the problem+json answers that every operation can give, so that an
 * admin reading Swagger UI sees the error shape without each resource repeating it.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponses implements OASFilter {

    private static final String REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.components(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            boolean hasPathParameter = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                APIResponses responses = op.getValue().getResponses();
                if (responses == null) {
                    responses = OASFactory.createAPIResponses();
                    op.getValue().responses(responses);
                }
                boolean writes = op.getKey() != PathItem.HttpMethod.GET;
                add(responses, "400", "invalid input: errors[] names each field and why", EXAMPLE_400);
                if (hasHeader(op.getValue(), "If-Match")) {
                    add(responses, "409", "the resource's state does not allow this step: currentStatus and "
                            + "refusedAction say what it is and what was refused", EXAMPLE_409);
                    add(responses, "412", "If-Match names an older version: read the resource again", EXAMPLE_412);
                    add(responses, "428", "no If-Match: send the ETag you last read", EXAMPLE_428);
                }
                add(responses, "401", "missing, expired or invalid bearer token");
                add(responses, "403", "your role may not do this, or your token has no region");
                if (hasPathParameter) {
                    add(responses, "404", "no such resource in your region");
                }
                if (writes) {
                    add(responses, "413", "the body is larger than the service accepts");
                    add(responses, "415", "a body without Content-Type, or of a type the operation does not take");
                    add(responses, "422", "Idempotency-Key reused for a different request");
                }
                add(responses, "406", "the Accept header takes none of the types this operation answers");
                add(responses, "414", "the request URI is longer than 8 KiB");
                add(responses, "431", "the request headers are larger than 16 KiB");
                add(responses, "500", "unexpected failure; the detail names an incident id found in the log");
                add(responses, "503", "the database cannot be reached just now: nothing was changed; retry after "
                        + "the seconds in Retry-After");
                problemsWhereMissing(responses);
            }
        }
    }

    // The titles are Chinese and English (ProblemType); details and reasons as the services write them
    private static final String EXAMPLE_400 = """
            {"type": "https://hazard-ledger.cn/problems/validation", "title": "请求参数不合法 / invalid request",
             "status": 400, "detail": "the five-in-place plan (五到位) is missing 1 part(s)",
             "errors": [{"field": "measures", "reason": "整改措施 / the measures are missing"}]}""";
    private static final String EXAMPLE_409 = """
            {"type": "https://hazard-ledger.cn/problems/conflict", "title": "状态冲突 / conflict", "status": 409,
             "detail": "a CLOSED hazard cannot take SUBMIT_RECTIFICATION; from CLOSED it can take [REOPEN, DELIST]",
             "currentStatus": "CLOSED", "refusedAction": "SUBMIT_RECTIFICATION"}""";
    private static final String EXAMPLE_412 = """
            {"type": "https://hazard-ledger.cn/problems/precondition-failed", "title": "数据已被修改 / stale If-Match",
             "status": 412, "detail": "the resource changed since you read it (now ETag 4), or If-Match is not a strong entity tag; read it again"}""";
    private static final String EXAMPLE_428 = """
            {"type": "https://hazard-ledger.cn/problems/precondition-required", "title": "缺少 If-Match / If-Match required",
             "status": 428, "detail": "send If-Match with the ETag you last read"}""";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    private static boolean hasHeader(Operation op, String name) {
        return op.getParameters() != null && op.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()));
    }

    private static void add(APIResponses responses, String status, String description) {
        add(responses, status, description, null);
    }

    private static void add(APIResponses responses, String status, String description, String example) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF))
                                .addExample(status, example == null ? example(Integer.parseInt(status), description)
                                        : OASFactory.createExample().summary(description).value(parse(example))))));
    }

    /**
     * The framework documents 401 and 403 of a secured operation by itself, without any content, and a resource
     * may document a refusal without its body: each gets the problem+json content and an example too.
     */
    private static void problemsWhereMissing(APIResponses responses) {
        for (Map.Entry<String, APIResponse> r : responses.getAPIResponses().entrySet()) {
            if (!r.getKey().matches("[45]\\d\\d")) {
                continue;
            }
            if (r.getValue().getContent() == null) {
                r.getValue().content(OASFactory.createContent());
            }
            MediaType media = r.getValue().getContent().getMediaType(Problem.MEDIA_TYPE);
            if (media == null) {
                media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF));
                r.getValue().getContent().addMediaType(Problem.MEDIA_TYPE, media);
            }
            if (media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())) {
                media.addExample(r.getKey(), example(Integer.parseInt(r.getKey()), r.getValue().getDescription()));
            }
        }
    }

    private static Object parse(String example) {
        try {
            return JSON.readValue(example, Map.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a problem example is not JSON: " + example, e);
        }
    }

    /** What such an answer looks like: its type, title and status as the service sends them. */
    private static org.eclipse.microprofile.openapi.models.examples.Example example(int status, String description) {
        ProblemType type = status == 400 ? ProblemType.VALIDATION : ProblemType.forStatus(status);
        Map<String, Object> problem = new java.util.LinkedHashMap<>();
        problem.put("type", type.uri());
        problem.put("title", type.title());
        problem.put("status", status);
        problem.put("detail", description);
        if (type == ProblemType.VALIDATION) {
            problem.put("errors", List.of(Map.of("field", "title", "reason", "must not be blank")));
        }
        return OASFactory.createExample().summary(type.title()).value(problem);
    }

    private static Schema problemSchema() {
        Schema string = OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING));
        Schema fieldError = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .addProperty("field", string.description("JSON path of the body field, or the parameter name"))
                .addProperty("reason", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)));
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details (application/problem+json)")
                .addProperty("type", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                        .description("stable URI of the problem type, e.g. https://hazard-ledger.cn/problems/validation"))
                .addProperty("title", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("instance", OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(fieldError));
    }
}

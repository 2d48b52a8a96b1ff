package cn.hazardledger.chassis.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.LinkedHashMap;
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
                add(responses, "400", "invalid input: errors[] names each field and why");
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

    private static void add(APIResponses responses, String status, String description) {
        if (responses.hasAPIResponse(status)) {
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF)))));
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

    /**
     * Every refusal an operation documents is problem+json with an example: its type, title and status as the
     * service sends them, and its description as the detail. The framework documents 401 and 403 of a secured
     * operation by itself, without any content; those get the problem too.
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

    private static Example example(int status, String description) {
        ProblemType type = status == 400 ? ProblemType.VALIDATION : ProblemType.forStatus(status);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.uri());
        problem.put("title", type.title());
        problem.put("status", status);
        problem.put("detail", description);
        if (type == ProblemType.VALIDATION) {
            problem.put("errors", List.of(Map.of("field", "title", "reason", "must not be blank")));
        }
        return OASFactory.createExample().summary(type.title()).value(problem);
    }
}

package cn.hazardledger.launcher.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which steps the suite brings a hazard to, and how a step's generated body is made to name real things. */
class LifecycleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Lifecycle.Prepared HAZARD = new Lifecycle.Prepared("h-1", "\"3\"", "photo-1");

    private static Operation op(String method, String path, String... pathParameters) {
        List<Operation.Parameter> params = java.util.Arrays.stream(pathParameters)
                .map(n -> new Operation.Parameter(n, "path", true, JSON.createObjectNode())).toList();
        return new Operation("hazard", method, path, params, null, false, null, List.of("TOWNSHIP"), List.of(), null,
                List.of("application/json"));
    }

    @Test
    void aStepIsAPostUnderAHazardAndEachKnownOneNeedsAStage() {
        assertThat(Lifecycle.step(op("POST", "/hazards/{id}/closure", "id"))).isEqualTo("closure");
        assertThat(Lifecycle.need(op("POST", "/hazards/{id}/closure", "id")))
                .isEqualTo(new Lifecycle.Need(Lifecycle.Stage.SUBMITTED, false));
        assertThat(Lifecycle.need(op("POST", "/hazards/{id}/delisting", "id")))
                .isEqualTo(new Lifecycle.Need(Lifecycle.Stage.LISTED_AND_CLOSED, true));
        assertThat(Lifecycle.need(op("GET", "/hazards/{id}/entries", "id"))).isNull();
        assertThat(Lifecycle.need(op("POST", "/hazards"))).isNull();
        assertThat(Lifecycle.unknownSteps(List.of(op("POST", "/hazards/{id}/something-new", "id")))).hasSize(1);
    }

    @Test
    void pathParametersComeInTheOrderOfThePathWhateverTheDocumentSays() {
        Operation decision = op("POST", "/hazards/{id}/extensions/{extensionId}/decision", "extensionId", "id");
        assertThat(decision.pathParameters()).extracting(Operation.Parameter::name).containsExactly("id", "extensionId");
    }

    @Test
    void evidenceIdsAndDocumentsNameTheHazardsPhoto() throws Exception {
        JsonNode body = JSON.readTree("""
                {"summary":"x","evidenceIds":["6f1b7e2a-0000-4000-8000-000000000001"],
                 "contingencyPlan":{"text":"t","documentId":"6f1b7e2a-0000-4000-8000-000000000002"}}""");
        JsonNode real = Lifecycle.withReferences(body, HAZARD, "original-1");
        assertThat(real.get("evidenceIds")).hasSize(1);
        assertThat(real.get("evidenceIds").get(0).asText()).isEqualTo("photo-1");
        assertThat(real.at("/contingencyPlan/documentId").asText()).isEqualTo("photo-1");
        assertThat(body.get("evidenceIds").get(0).asText()).as("the generated body is left as it was")
                .isEqualTo("6f1b7e2a-0000-4000-8000-000000000001");
    }

    @Test
    void aRejectionNamingAnOriginalIsADuplicateOfTheOriginal() throws Exception {
        JsonNode body = JSON.readTree("{\"reason\":\"NOT_TRUE\",\"note\":\"n\",\"duplicateOf\":\"6f1b7e2a-0000-4000-8000-000000000003\"}");
        JsonNode real = Lifecycle.withReferences(body, HAZARD, "original-1");
        assertThat(real.get("duplicateOf").asText()).isEqualTo("original-1");
        assertThat(real.get("reason").asText()).isEqualTo("DUPLICATE");
    }
}

package cn.hazardledger.chassis.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void extensionMembersAreTopLevelFields() throws Exception {
        Problem conflict = Problem.of(ProblemType.CONFLICT, "a CLOSED hazard cannot be confirmed")
                .with(Map.of("currentStatus", "CLOSED", "refusedAction", "CONFIRM"));
        JsonNode written = json.readTree(json.writeValueAsString(conflict));
        assertThat(written.get("status").asInt()).isEqualTo(409);
        assertThat(written.get("currentStatus").asText()).isEqualTo("CLOSED");
        assertThat(written.get("refusedAction").asText()).isEqualTo("CONFIRM");
        assertThat(written.has("extensions")).isFalse();
    }

    @Test
    void aProblemWithoutExtensionsHasNone() throws Exception {
        JsonNode written = json.readTree(json.writeValueAsString(Problem.of(ProblemType.NOT_FOUND, "gone")));
        assertThat(written.has("extensions")).isFalse();
        assertThat(written.has("errors")).isFalse();
    }
}

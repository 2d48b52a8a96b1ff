package cn.hazardledger.launcher.fuzz;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class OracleTest {

    private final Oracle oracle = new Oracle();

    private static HostileRequest request(String method, Expect expect) {
        return new HostileRequest("hazard", "hazard POST /hazards", "body.wrong-type", "level = 1", method, "/hazards",
                List.of(), null, null, false, expect);
    }

    private static Response answer(int status, String type, String body, String... headers) {
        Map<String, List<String>> h = new java.util.HashMap<>();
        if (type != null) {
            h.put("content-type", List.of(type));
        }
        for (int i = 0; i < headers.length; i += 2) {
            h.put(headers[i], List.of(headers[i + 1]));
        }
        return new Response(status, h, body.getBytes(StandardCharsets.UTF_8), null, 0);
    }

    private List<String> kinds(HostileRequest r, Response a) {
        return oracle.judge(r, a).stream().map(Violation::kind).toList();
    }

    @Test
    void aValidationProblemNamingTheFieldPasses() {
        String problem = "{\"type\":\"https://hazard-ledger.cn/problems/validation\",\"title\":\"t\",\"status\":400,"
                + "\"errors\":[{\"field\":\"level\",\"reason\":\"must be one of GENERAL, MAJOR\"}]}";
        assertThat(kinds(request("POST", Expect.field("level")), answer(400, "application/problem+json", problem))).isEmpty();
        assertThat(kinds(request("POST", Expect.field("title")), answer(400, "application/problem+json", problem)))
                .containsExactly(Oracle.FIELD_NOT_NAMED);
    }

    @Test
    void bareErrorsServerErrorsAndAcceptedWritesAreViolations() {
        assertThat(kinds(request("POST", Expect.status(413)), answer(413, null, ""))).containsExactly(Oracle.NOT_PROBLEM_JSON);
        assertThat(kinds(request("POST", Expect.field("level")), answer(500, "application/problem+json",
                "{\"type\":\"x/internal\",\"title\":\"t\",\"status\":500}"))).containsExactly(Oracle.SERVER_ERROR);
        assertThat(kinds(request("POST", Expect.field("level")), answer(201, "application/json", "{}")))
                .containsExactly(Oracle.ACCEPTED);
        assertThat(kinds(request("GET", Expect.status(404).harmlessOnRead()), answer(200, "application/json", "{}"))).isEmpty();
        assertThat(kinds(request("POST", Expect.status(404).harmlessOnRead()), answer(200, "application/json", "{}")))
                .containsExactly(Oracle.ACCEPTED);
    }

    @Test
    void problemShapeAllowAndLeaks() {
        String notAllowed = "{\"type\":\"x/method-not-allowed\",\"title\":\"t\",\"status\":405}";
        assertThat(kinds(request("PUT", Expect.status(405)), answer(405, "application/problem+json", notAllowed)))
                .containsExactly(Oracle.NO_ALLOW);
        assertThat(kinds(request("PUT", Expect.status(405)), answer(405, "application/problem+json", notAllowed,
                "allow", "GET, POST"))).isEmpty();
        assertThat(kinds(request("POST", Expect.status(400)), answer(400, "application/problem+json",
                "{\"type\":\"x/validation\",\"title\":\"t\",\"status\":400}")))
                .containsExactly(Oracle.VALIDATION_WITHOUT_ERRORS);
        assertThat(kinds(request("POST", Expect.status(400)), answer(400, "application/problem+json",
                "{\"type\":\"x/malformed-request\",\"title\":\"t\",\"status\":422}")))
                .containsExactly(Oracle.PROBLEM_INCOMPLETE);
        assertThat(kinds(request("POST", Expect.status(400)), answer(400, "application/problem+json",
                "{\"type\":\"x/malformed-request\",\"title\":\"t\",\"status\":400,\"detail\":\"Unrecognized token: "
                        + "com.fasterxml.jackson.core.JsonParseException at [Source: (org.jboss.resteasy...)]\"}")))
                .containsExactly(Oracle.LEAK);
        assertThat(kinds(request("POST", Expect.status(400)), answer(400, "application/problem+json",
                "{\"type\":\"x/m\",\"title\":\"t\",\"status\":400,\"detail\":\"at cn.hazardledger.Foo.bar(Foo.java:12)\"}")))
                .containsExactly(Oracle.LEAK);
        assertThat(kinds(request("GET", Expect.status(401)), answer(401, "application/problem+json",
                "{\"type\":\"x/unauthenticated\",\"title\":\"t\",\"status\":401}"))).containsExactly(Oracle.NO_WWW_AUTHENTICATE);
    }

    @Test
    void aMisEncodedIdMayBeNamedAsThePath() {
        String problem = "{\"type\":\"x/validation\",\"title\":\"t\",\"status\":400,"
                + "\"errors\":[{\"field\":\"path\",\"reason\":\"not valid UTF-8\"}]}";
        assertThat(kinds(request("GET", Expect.status(400).namingEither("id", "path")),
                answer(400, "application/problem+json", problem))).isEmpty();
        assertThat(kinds(request("GET", Expect.status(400).naming("id")), answer(400, "application/problem+json", problem)))
                .containsExactly(Oracle.FIELD_NOT_NAMED);
    }

    @Test
    void aHeaderNamedByItsJavaNameCounts() {
        String problem = "{\"type\":\"x/validation\",\"title\":\"t\",\"status\":400,"
                + "\"errors\":[{\"field\":\"idempotencyKey\",\"reason\":\"size must be between 0 and 200\"}]}";
        assertThat(kinds(request("POST", Expect.field("Idempotency-Key")), answer(400, "application/problem+json", problem)))
                .isEmpty();
    }
}

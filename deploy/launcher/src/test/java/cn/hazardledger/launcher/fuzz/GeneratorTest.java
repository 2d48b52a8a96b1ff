package cn.hazardledger.launcher.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The generator, from a small OpenAPI document and without a server: which families it makes of what. */
class GeneratorTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<Operation> ops;
    private static List<Target> targets;
    private static Generator generator;

    @BeforeAll
    static void generate() throws Exception {
        String doc;
        try (InputStream in = GeneratorTest.class.getResourceAsStream("/fuzz/mini-openapi.json")) {
            doc = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ops = ApiDocument.parse(doc).operations("things");
        KeyPairGenerator keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        Random rnd = new Random(7);
        Values values = new Values(Scope.demo());
        BadTokens tokens = new BadTokens(keys.generateKeyPair().getPrivate(), "public key".getBytes(StandardCharsets.US_ASCII));
        targets = new ArrayList<>();
        for (Operation op : ops) {
            targets.add(new Target(op, Baseline.of(op, null, values, tokens, rnd), values, tokens, rnd));
        }
        generator = new Generator(targets, Families.all(), rnd);
    }

    private static Operation op(String key) {
        return ops.stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow();
    }

    private static List<HostileRequest> requests(String op, String family) {
        Target t = targets.stream().filter(x -> x.op().key().equals(op)).findFirst().orElseThrow();
        return Families.all().stream().filter(f -> f.name().equals(family)).findFirst().orElseThrow().apply(t);
    }

    private static HostileRequest mutation(String op, String family, String mutation) {
        return requests(op, family).stream().filter(r -> r.mutation().equals(mutation)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + family + " '" + mutation + "' for " + op + " among "
                        + requests(op, family).stream().map(HostileRequest::mutation).toList()));
    }

    private static JsonNode body(HostileRequest r) throws Exception {
        return JSON.readTree(new String(r.body(), StandardCharsets.UTF_8));
    }

    /** Each request gets a fresh Idempotency-Key of its own; that alone is no mutation. */
    private static List<HostileRequest.Header> freshKeysAlike(List<HostileRequest.Header> headers) {
        return headers.stream().map(h -> h.name().equals("Idempotency-Key") && h.value().startsWith("hostile-")
                && h.value().length() == 44 ? new HostileRequest.Header(h.name(), "fresh") : h).toList();
    }

    @Test
    void readsOperationsWithReferencesResolved() {
        assertThat(ops).extracting(Operation::key)
                .containsExactly("things POST /things", "things GET /things", "things GET /things/{id}",
                        "things POST /things/{id}/photos", "things GET /things/{id}/photos/{photoId}/content");
        Operation create = op("things POST /things");
        assertThat(create.isCreate()).isTrue();
        assertThat(create.roles()).containsExactly("INSPECTOR", "TOWNSHIP");
        assertThat(create.body().at("/properties/level/enum").toString()).isEqualTo("[\"LOW\",\"HIGH\"]");
        assertThat(create.body().at("/properties/place/properties/latitude/maximum").asInt()).isEqualTo(90);
        assertThat(create.response().at("/properties/id/format").asText()).isEqualTo("uuid");
        assertThat(op("things GET /things/{id}").in("path").get(0).schema().path("format").asText()).isEqualTo("uuid");
    }

    @Test
    void theBaselineIsValid() {
        Baseline base = targets.get(0).base();
        assertThat(base.role()).isEqualTo("TOWNSHIP");
        assertThat(base.body().get("name").asText()).isEqualTo("a thing");
        assertThat(base.body().get("level").asText()).isEqualTo("LOW");
        assertThat(base.body().get("regionCode").asText()).isEqualTo("500240213001");
        assertThat(base.body().get("place").get("latitude").decimalValue()).isBetween(
                new java.math.BigDecimal("-90"), new java.math.BigDecimal("90"));
        assertThat(base.body().get("dueAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT.*\\+08:00");
    }

    @Test
    void aBodyFieldGetsEveryBodyFamily() throws Exception {
        String create = "things POST /things";
        Map<String, Integer> families = generator.coverage().get(create);
        assertThat(families).containsKeys("body.wrong-type", "body.missing-required", "body.null-required",
                "body.extra-field", "body.too-long", "body.blank", "body.pattern", "body.enum", "body.number",
                "body.format", "body.text-content", "body.duplicate-key", "body.trailing-content", "body.broken-json",
                "body.non-utf8", "body.deep-nesting", "body.huge", "http.content-type", "header.idempotency-key",
                "auth.missing", "auth.alg-none", "auth.out-of-region", "http.method", "http.host");

        HostileRequest wrongType = mutation(create, "body.wrong-type", "level = 1");
        assertThat(body(wrongType).get("level").asInt()).isEqualTo(1);
        assertThat(wrongType.expect()).isEqualTo(Expect.field("level"));
        assertThat(body(mutation(create, "body.missing-required", "without name")).has("name")).isFalse();
        assertThat(mutation(create, "body.extra-field", "status = \"DONE\" (server-owned)").expect().field())
                .isEqualTo("status");
        assertThat(requests(create, "body.extra-field")).extracting(HostileRequest::mutation)
                .anyMatch(m -> m.startsWith("id = ")).anyMatch(m -> m.startsWith("version = "))
                .noneMatch(m -> m.startsWith("name = "));
        assertThat(body(mutation(create, "body.too-long", "name = \"xxxxxxxxxxxxxxxxxxxxx\"")).get("name").asText())
                .hasSize(21);
        assertThat(mutation(create, "body.number", "place.latitude = 1e-999999999").expect().field())
                .isEqualTo("place.latitude");
        assertThat(new String(mutation(create, "body.number", "place.latitude = 1e-999999999").body(),
                StandardCharsets.UTF_8)).contains("\"latitude\":1e-999999999");
        assertThat(requests(create, "body.pattern")).extracting(HostileRequest::mutation)
                .contains("regionCode = \"000000000000\"", "regionCode = \"110101000000\"");
        assertThat(new String(mutation(create, "body.duplicate-key", "name twice (then \"a thing\")").body(),
                StandardCharsets.UTF_8)).contains("\"name\":\"a thing\",\"name\":\"a thing\"");
        assertThat(mutation(create, "body.trailing-content", "document + \" x\"").expect().statuses()).containsExactly(400);
        assertThat(mutation(create, "body.text-content", "name = \"a thing\\u0000\"").expect().field()).isEqualTo("name");
        assertThat(mutation(create, "http.content-type", "a JSON body without Content-Type").headers())
                .noneMatch(h -> h.name().equalsIgnoreCase("Content-Type"));
        assertThat(mutation(create, "auth.out-of-region", "TOWNSHIP of 500240214000").expect().field())
                .isEqualTo("regionCode");
    }

    @Test
    void aQueryEnumALimitAndACursor() {
        String list = "things GET /things";
        Map<String, Integer> families = generator.coverage().get(list);
        assertThat(families).containsKeys("query.enum", "query.number", "query.range", "query.cursor", "query.huge")
                .doesNotContainKeys("body.wrong-type", "path.id", "http.content-type", "header.if-match");
        // a required parameter is in every request and is left out by one
        HostileRequest unknown = mutation(list, "query.enum", "status=HOSTILE_VALUE");
        assertThat(unknown.target()).isEqualTo("/things?zone=500240213001&status=HOSTILE_VALUE");
        HostileRequest noZone = mutation(list, "param.missing-required", "without query zone");
        assertThat(noZone.target()).isEqualTo("/things");
        assertThat(noZone.expect()).isEqualTo(Expect.field("zone"));
        assertThat(unknown.expect()).isEqualTo(Expect.field("status"));
        assertThat(mutation(list, "query.enum", "status=open").target()).endsWith("status=open");
        assertThat(mutation(list, "query.number", "limit=abc").expect()).isEqualTo(Expect.field("limit"));
        assertThat(mutation(list, "query.number", "limit=1e3").target()).endsWith("&limit=1e3");
        assertThat(requests(list, "query.range")).extracting(HostileRequest::target)
                .contains("/things?zone=500240213001&limit=0", "/things?zone=500240213001&limit=101");
        assertThat(requests(list, "query.string")).extracting(HostileRequest::mutation).contains("zone=x");
        HostileRequest farFuture = mutation(list, "query.cursor", "cursor = year +1000000000");
        String cursor = farFuture.target().substring(farFuture.target().indexOf("cursor=") + "cursor=".length());
        assertThat(new String(java.util.Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8))
                .startsWith("+1000000000-01-01T00:00:00Z|");
        // another region's list of things is that region's own list: a 2xx is harmless for a read
        assertThat(mutation(list, "auth.out-of-region", "TOWNSHIP of 110101000000").expect().harmlessRead()).isTrue();
    }

    @Test
    void aPathId() {
        String item = "things GET /things/{id}";
        Map<String, Integer> families = generator.coverage().get(item);
        assertThat(families).containsKeys("path.id", "auth.wrong-role", "http.method", "http.path-encoding")
                .doesNotContainKeys("body.wrong-type", "query.enum", "http.content-type");
        HostileRequest notAUuid = mutation(item, "path.id", "id = not-a-uuid");
        assertThat(notAUuid.target()).isEqualTo("/things/not-a-uuid");
        assertThat(notAUuid.expect().statuses()).isEqualTo(Set.of(400, 404));
        assertThat(notAUuid.expect().field()).isEqualTo("id");
        assertThat(mutation(item, "path.id", "id = overlong ../ (%C0%AE%C0%AE%C0%AF)").target())
                .isEqualTo("/things/%C0%AE%C0%AE%C0%AF");
        assertThat(mutation(item, "path.id", "id = a random uuid (no such object)").expect().statuses()).contains(404);
        assertThat(mutation(item, "path.id", "id = %zz").socket()).isTrue();
        assertThat(requests(item, "auth.wrong-role")).extracting(HostileRequest::mutation)
                .contains("role INSPECTOR", "role PUBLIC").doesNotContain("role TOWNSHIP");
        assertThat(requests(item, "http.method")).extracting(HostileRequest::method).contains("POST", "PUT", "DELETE")
                .doesNotContain("GET");
    }

    @Test
    void anUploadIsAValidFormThatEachFormFamilyBreaksInOnePart() {
        String upload = "things POST /things/{id}/photos";
        assertThat(op(upload).body()).isNull();
        assertThat(op(upload).form().at("/properties/file/format").asText()).isEqualTo("binary");
        Map<String, Integer> families = generator.coverage().get(upload);
        assertThat(families).containsKeys("form.missing-required", "form.repeated-part", "form.unknown-part",
                "form.too-long", "header.idempotency-key", "http.framing", "auth.wrong-role", "path.id")
                .doesNotContainKeys("body.wrong-type", "http.content-type");
        HostileRequest withoutFile = mutation(upload, "form.missing-required", "without part file");
        // no real object behind the path in this test, so 404 is accepted too
        assertThat(withoutFile.expect()).isEqualTo(Expect.field("file").or(404));
        assertThat(new String(withoutFile.body(), StandardCharsets.ISO_8859_1)).doesNotContain("name=\"file\"")
                .contains("name=\"caption\"");
        assertThat(withoutFile.headers()).contains(new HostileRequest.Header("Content-Type", Form.CONTENT_TYPE));
        HostileRequest twice = mutation(upload, "form.repeated-part", "file twice");
        assertThat(new String(twice.body(), StandardCharsets.ISO_8859_1).split("name=\"file\"", -1)).hasSize(3);
        assertThat(mutation(upload, "form.too-long", "caption of 21 characters").expect().field()).isEqualTo("caption");
        // the valid form's file is a complete PNG
        String valid = new String(targets.get(3).draft().body(), StandardCharsets.ISO_8859_1);
        assertThat(valid).contains("filename=\"file.png\"").contains("\u0089PNG").contains("IEND");
    }

    @Test
    void aFileIsAskedForInItsOwnTypes() {
        String content = "things GET /things/{id}/photos/{photoId}/content";
        assertThat(op(content).accept()).isEqualTo("image/jpeg, image/png");
        assertThat(requests(content, "http.accept")).extracting(HostileRequest::mutation)
                .containsExactly("Accept application/xml", "Accept text/html");
        assertThat(requests(content, "auth.missing").get(0).headers())
                .contains(new HostileRequest.Header("Accept", "image/jpeg, image/png"));
        assertThat(op("things GET /things/{id}").accept()).isEqualTo("application/json");
    }

    @Test
    void aRoundInterleavesFamiliesAndEveryRequestDiffersFromTheBaseline() {
        List<HostileRequest> round = generator.requests();
        assertThat(round.size()).isGreaterThan(300);
        // the first few hundred requests already spread over most (operation, family) pairs
        long pairs = round.stream().limit(300).map(r -> r.operation() + r.family()).distinct().count();
        long all = round.stream().map(r -> r.operation() + r.family()).distinct().count();
        assertThat(pairs).isGreaterThan(all * 8 / 10);
        Target create = targets.get(0);
        HostileRequest unchanged = create.draft().as("none", "none", Expect.status(400));
        for (HostileRequest r : round) {
            boolean same = r.wire() == null && r.method().equals(unchanged.method()) && r.target().equals(unchanged.target())
                    && java.util.Arrays.equals(r.body(), unchanged.body())
                    && freshKeysAlike(r.headers()).equals(freshKeysAlike(unchanged.headers()));
            assertThat(same).as(r.family() + " " + r.mutation() + " sends the baseline unchanged").isFalse();
        }
    }
}

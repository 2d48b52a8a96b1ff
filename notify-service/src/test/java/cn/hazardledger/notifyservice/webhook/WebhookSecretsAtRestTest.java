package cn.hazardledger.notifyservice.webhook;

import cn.hazardledger.chassis.crypto.FieldCipher;
import cn.hazardledger.notifyservice.events.Events;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import cn.hazardledger.testsupport.TestEvents;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Signing secrets at rest (docs/webhooks.md, "Secrets at rest and key rotation"), read back from the tables with SQL.
 * The test profile has two keys, 2 current, like hazard-service's. Each test has a county of its own (50027x).
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify"))
class WebhookSecretsAtRestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FieldCipher KEY_ONE_ONLY = FieldCipher.of(Map.of(1, SecretSealTest.KEY_1), 1);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    DataSource dataSource;

    @Inject
    FieldCipher cipher;

    @Inject
    SecretReseal reseal;

    @Test
    void neitherTheRowNorTheReplayCopyHoldsASecretInClearYetRetriesAnswerIt() throws Exception {
        String county = "500271000000";
        String regulator = token("REGULATOR", county);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("hazard.*"),
                "regionCode", county);
        var created = given().auth().oauth2(regulator).contentType("application/json").header("Idempotency-Key", key)
                .body(body).post(WebhookApi.BASE).then().statusCode(201).extract();
        String id = created.path("id");
        String first = created.path("secret");
        assertThat(first).startsWith("whsec_");

        Map<String, String> row = row(id);
        assertThat(row.get("secret")).startsWith("fc1:2:").doesNotContain(clear(first));
        assertThat(row.get("previous_secret")).isNull();
        assertThat(SecretSeal.open(cipher, UUID.fromString(id), SecretSeal.SECRET, row.get("secret"))).isEqualTo(first);
        String replayCopy = replayBody(key);
        assertThat(replayCopy).doesNotContain(clear(first)).contains("\"secret\":\"fc1:2:");
        given().auth().oauth2(regulator).contentType("application/json").header("Idempotency-Key", key).body(body)
                .post(WebhookApi.BASE).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("secret", org.hamcrest.Matchers.equalTo(first));

        String rotationKey = UUID.randomUUID().toString();
        String etag = WebhookApi.get(regulator, id).header("ETag");
        var rotated = given().auth().oauth2(regulator).header("If-Match", etag).header("Idempotency-Key", rotationKey)
                .post(WebhookApi.BASE + "/" + id + "/secret-rotation").then().statusCode(200).extract();
        String second = rotated.path("secret");
        assertThat(second).startsWith("whsec_").isNotEqualTo(first);
        row = row(id);
        assertThat(row.get("secret")).startsWith("fc1:2:").doesNotContain(clear(first)).doesNotContain(clear(second));
        assertThat(row.get("previous_secret")).startsWith("fc1:2:").doesNotContain(clear(first));
        assertThat(SecretSeal.open(cipher, UUID.fromString(id), SecretSeal.PREVIOUS, row.get("previous_secret")))
                .isEqualTo(first);
        assertThat(replayBody(rotationKey)).doesNotContain(clear(second)).contains("\"secret\":\"fc1:2:");
        given().auth().oauth2(regulator).header("If-Match", etag).header("Idempotency-Key", rotationKey)
                .post(WebhookApi.BASE + "/" + id + "/secret-rotation").then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("secret", org.hamcrest.Matchers.equalTo(second));
    }

    @Test
    void anAlteredSecretFailsItsDeliveryVisiblySendsNothingAndARotationMendsIt() throws Exception {
        String county = "500272000000";
        String regulator = token("REGULATOR", county);
        try (Receiver receiver = new Receiver()) {
            var created = WebhookApi.create(regulator, receiver.url(), List.of("hazard.reported.v1"), county);
            String id = created.path("id");
            String sealed = row(id).get("secret");
            int at = sealed.length() - 12;
            String altered = sealed.substring(0, at) + (sealed.charAt(at) == 'A' ? 'B' : 'A') + sealed.substring(at + 1);
            update("UPDATE webhook_subscription SET secret = ? WHERE id = ?", altered, UUID.fromString(id));

            String eventId = Events.id();
            TestEvents.send(bootstrap, "hazard.events", eventId, "hazard.reported.v1", eventId,
                    Events.hazardReported(Events.id(), "密钥被改", "500272001001", "GENERAL"));
            Map<String, Object> d = WebhookApi.awaitDelivery(regulator, id, eventId,
                    x -> ((Integer) x.get("attempts")) >= 1);
            assertThat((String) d.get("lastError")).startsWith("not sent: the stored signing secret does not open")
                    .contains("rotate the secret");
            // retried, and the failures in a row suspend the subscription (webhooks.suspend-after, 5 in the test
            // profile), naming why: never a signature made with something else
            String reason = await().atMost(Duration.ofSeconds(30)).until(
                    () -> WebhookApi.get(regulator, id).<String>path("suspendedReason"), r -> r != null);
            assertThat(reason).contains("the stored signing secret does not open");
            assertThat(receiver.received()).isEmpty();

            // the altered secret cannot sign beside the new one: the rotation has no grace period
            var rotated = WebhookApi.post(regulator, id, "secret-rotation");
            assertThat(rotated.statusCode()).isEqualTo(200);
            assertThat(rotated.<String>path("previousSecretValidUntil")).isNull();
            assertThat(WebhookApi.post(regulator, id, "resume").statusCode()).isEqualTo(200);
            String fresh = rotated.path("secret");
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.about(eventId).size() == 1);
            Receiver.Received r = receiver.about(eventId).get(0);
            assertThat(r.header("webhook-signature").split(" ")).hasSize(1);
            assertThat(ReferenceVerifier.verify(fresh, eventId, r.header("webhook-timestamp"),
                    r.header("webhook-signature"), r.body(), Instant.now())).isTrue();
        }
    }

    @Test
    void theReSealMovesSecretsOnKeyOneAndInClearToKeyTwoWithoutMovingTheVersionAndTheyStillSign() throws Exception {
        String county = "500273000000";
        String regulator = token("REGULATOR", county);
        try (Receiver receiver = new Receiver()) {
            String key = UUID.randomUUID().toString();
            var created = given().auth().oauth2(regulator).contentType("application/json").header("Idempotency-Key", key)
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of("hazard.reported.v1"), "regionCode", county))
                    .post(WebhookApi.BASE).then().statusCode(201).extract();
            String id = created.path("id");
            UUID uuid = UUID.fromString(id);
            String old = created.path("secret");
            String fresh = WebhookApi.post(regulator, id, "secret-rotation").path("secret");
            // as a replica still on key 1 wrote them
            update("UPDATE webhook_subscription SET secret = ?, previous_secret = ? WHERE id = ?",
                    SecretSeal.seal(KEY_ONE_ONLY, uuid, SecretSeal.SECRET, fresh),
                    SecretSeal.seal(KEY_ONE_ONLY, uuid, SecretSeal.PREVIOUS, old), uuid);
            ObjectNode answer = (ObjectNode) JSON.readTree(replayBody(key));
            answer.put("secret", SecretSeal.seal(KEY_ONE_ONLY, uuid, SecretSeal.REPLAY, old));
            update("UPDATE idempotency_record SET body = ? WHERE idempotency_key = ?", JSON.writeValueAsString(answer), key);
            // and one from before sealing, in clear
            UUID legacy = UUID.randomUUID();
            String legacySecret = Signatures.newSecret();
            update("""
                    INSERT INTO webhook_subscription (id, url, event_types, region_code, region_prefix, status, secret,
                        created_by, created_at, updated_at, version)
                    VALUES (?, ?, 'hazard.reported.v1', ?, '500273', 'ACTIVE', ?, 'test', now(), now(), 0)""",
                    legacy, receiver.url(), county, legacySecret);
            Map<String, String> before = row(id);
            assertThat(before.get("secret")).startsWith("fc1:1:");
            assertThat(before.get("previous_secret")).startsWith("fc1:1:");

            // the key-1 and clear secrets sign as they are, before the re-seal
            String early = Events.id();
            TestEvents.send(bootstrap, "hazard.events", early, "hazard.reported.v1", early,
                    Events.hazardReported(Events.id(), "换钥之前", "500273001001", "GENERAL"));
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.about(early).size() == 2);
            assertSignedBy(receiver.about(early), List.of(fresh, old), List.of(legacySecret));

            while (reseal.resealBatch() > 0) {
                // until nothing on key 1 or in clear is left
            }
            Map<String, String> after = row(id);
            assertThat(after.get("secret")).startsWith("fc1:2:");
            assertThat(after.get("previous_secret")).startsWith("fc1:2:");
            assertThat(after.get("version")).isEqualTo(before.get("version"));
            assertThat(SecretSeal.open(cipher, uuid, SecretSeal.SECRET, after.get("secret"))).isEqualTo(fresh);
            assertThat(SecretSeal.open(cipher, uuid, SecretSeal.PREVIOUS, after.get("previous_secret"))).isEqualTo(old);
            Map<String, String> legacyRow = row(legacy.toString());
            assertThat(legacyRow.get("secret")).startsWith("fc1:2:").doesNotContain(clear(legacySecret));
            assertThat(replayBody(key)).contains("\"secret\":\"fc1:2:").doesNotContain(clear(old));
            given().auth().oauth2(regulator).contentType("application/json").header("Idempotency-Key", key)
                    .body(Map.of("url", receiver.url(), "eventTypes", List.of("hazard.reported.v1"), "regionCode", county))
                    .post(WebhookApi.BASE).then().statusCode(201).header("Idempotent-Replayed", "true")
                    .body("secret", org.hamcrest.Matchers.equalTo(old));

            String late = Events.id();
            TestEvents.send(bootstrap, "hazard.events", late, "hazard.reported.v1", late,
                    Events.hazardReported(Events.id(), "换钥之后", "500273001001", "GENERAL"));
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.about(late).size() == 2);
            assertSignedBy(receiver.about(late), List.of(fresh, old), List.of(legacySecret));
        }
    }

    @Test
    void aReplayCopyWhoseSecretNoLongerOpensIsReplayedWithoutItNotWithSomethingElse() throws Exception {
        String county = "500274000000";
        String regulator = token("REGULATOR", county);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("hazard.*"),
                "regionCode", county);
        String id = given().auth().oauth2(regulator).contentType("application/json").header("Idempotency-Key", key)
                .body(body).post(WebhookApi.BASE).then().statusCode(201).extract().path("id");
        // sealed with a key this service does not have (one removed before the 24 hours were over)
        byte[] other = new byte[32];
        new java.security.SecureRandom().nextBytes(other);
        FieldCipher removed = FieldCipher.of(Map.of(3, java.util.Base64.getEncoder().encodeToString(other)), 3);
        ObjectNode answer = (ObjectNode) JSON.readTree(replayBody(key));
        answer.put("secret", SecretSeal.seal(removed, UUID.fromString(id), SecretSeal.REPLAY, Signatures.newSecret()));
        update("UPDATE idempotency_record SET body = ? WHERE idempotency_key = ?", JSON.writeValueAsString(answer), key);
        given().auth().oauth2(regulator).contentType("application/json").header("Idempotency-Key", key).body(body)
                .post(WebhookApi.BASE).then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", org.hamcrest.Matchers.equalTo(id)).body("$", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasKey("secret")));
    }

    /** One of the two deliveries is signed by both {@code rotated} secrets, the other by {@code single}. */
    private static void assertSignedBy(List<Receiver.Received> got, List<String> rotated, List<String> single) {
        List<List<String>> expected = new ArrayList<>(List.of(rotated, single));
        for (Receiver.Received r : got) {
            List<String> secrets = r.header("webhook-signature").split(" ").length == 2 ? rotated : single;
            for (String secret : secrets) {
                assertThat(ReferenceVerifier.verify(secret, r.header("webhook-id"), r.header("webhook-timestamp"),
                        r.header("webhook-signature"), r.body(), Instant.now())).isTrue();
            }
            expected.remove(secrets);
        }
        assertThat(expected).isEmpty();
    }

    /** The base64 of a secret, which no stored form may contain. */
    private static String clear(String secret) {
        return secret.substring("whsec_".length());
    }

    private Map<String, String> row(String id) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT secret, previous_secret, version FROM webhook_subscription WHERE id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                Map<String, String> row = new java.util.HashMap<>();
                row.put("secret", rs.getString(1));
                row.put("previous_secret", rs.getString(2));
                row.put("version", Long.toString(rs.getLong(3)));
                return row;
            }
        }
    }

    private String replayBody(String key) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT body FROM idempotency_record WHERE idempotency_key = ?")) {
            s.setString(1, key);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getString(1);
            }
        }
    }

    private void update(String sql, Object... params) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }
}

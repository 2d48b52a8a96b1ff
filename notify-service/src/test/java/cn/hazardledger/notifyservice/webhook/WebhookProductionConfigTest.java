package cn.hazardledger.notifyservice.webhook;

import cn.hazardledger.notifyservice.events.Events;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** The address rules as production has them: the defaults, without the test profile's http and loopback. */
@QuarkusTest
@TestProfile(WebhookProductionConfigTest.ProductionTargets.class)
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify"))
class WebhookProductionConfigTest {

    public static class ProductionTargets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("webhooks.targets.allow-http", "false", "webhooks.targets.allow-loopback", "false");
        }
    }

    private static final String COUNTY = "500262000000";

    @Inject
    DataSource dataSource;

    @Test
    void loopbackLinkLocalAndPlainHttpTargetsAreRefusedNamingTheUrl() {
        Map<String, String> refused = Map.of(
                "http://yjj.example.gov.cn/hook", "must be an https URL",
                "https://127.0.0.1:8443/hook", "a loopback address",
                "https://localhost/hook", "a loopback address",
                "https://[::1]/hook", "a loopback address",
                "https://[::ffff:127.0.0.1]/hook", "a loopback address",
                "https://169.254.169.254/latest/meta-data/", "link-local",
                "https://[fe80::1]/hook", "link-local",
                "https://0.0.0.0/hook", "unspecified",
                "https://224.0.0.1/hook", "multicast");
        refused.forEach((url, reason) -> given().auth().oauth2(token("REGULATOR", COUNTY)).contentType("application/json")
                .body(Map.of("url", url, "eventTypes", List.of("hazard.*"), "regionCode", COUNTY))
                .post(WebhookApi.BASE).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("url")).body("errors[0].reason", containsString(reason)));
    }

    @Test
    void aStoredTargetThatIsNoLongerAllowedIsRefusedAtSendTimeAndNothingIsSent() throws Exception {
        String regulator = token("REGULATOR", COUNTY);
        try (Receiver receiver = new Receiver()) {
            // saved when the rules allowed it (or its name resolved elsewhere then): the send-time check still applies
            UUID subscription = UUID.randomUUID();
            UUID event = UUID.fromString(Events.id());
            try (Connection c = dataSource.getConnection()) {
                try (PreparedStatement s = c.prepareStatement("""
                        INSERT INTO webhook_subscription (id, url, event_types, region_code, region_prefix, status, secret,
                            created_by, created_at, updated_at, version)
                        VALUES (?, ?, 'hazard.*', ?, '500262', 'ACTIVE', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', 'test', now(), now(), 0)""")) {
                    s.setObject(1, subscription);
                    s.setString(2, receiver.url());
                    s.setString(3, COUNTY);
                    s.executeUpdate();
                }
                try (PreparedStatement s = c.prepareStatement("""
                        INSERT INTO webhook_event (event_id, event_type, body, arrived_at) VALUES (?, 'hazard.reported.v1', '{}', now());
                        INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, state, next_attempt_at, created_at)
                        VALUES (gen_random_uuid(), ?, ?, 'hazard.reported.v1', 'PENDING', now(), now())""")) {
                    s.setObject(1, event);
                    s.setObject(2, subscription);
                    s.setObject(3, event);
                    s.executeUpdate();
                }
            }
            Map<String, Object> d = WebhookApi.awaitDelivery(regulator, subscription.toString(), event.toString(),
                    x -> ((Integer) x.get("attempts")) >= 1);
            assertThat((String) d.get("lastError")).isEqualTo("target refused: url must be an https URL");
            assertThat(receiver.received()).isEmpty();
        }
    }
}

package cn.hazardledger.notifyservice.webhook;

import cn.hazardledger.notifyservice.events.Events;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.hazardledger.testsupport.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Retries survive a restart. A process that stops leaves nothing but rows: this test writes the rows a previous
 * process would have left (one delivery it claimed and died sending, one waiting for its next retry, one whose lease
 * another replica still holds) and shows that this process's worker, which never saw them queued, takes each up as
 * the rows say: attempt numbers go on, a running lease is respected.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify"))
class WebhookRestartTest {

    @Inject
    DataSource dataSource;

    @Test
    void whatAPreviousProcessLeftInTheQueueIsDeliveredWithItsAttemptsCountedOn() throws Exception {
        String county = "500257000000";
        String regulator = token("REGULATOR", county);
        try (Receiver receiver = new Receiver()) {
            UUID subscription = UUID.fromString(WebhookApi.create(regulator, receiver.url(), List.of("hazard.*"), county)
                    .path("id"));
            Instant now = Instant.now();
            UUID diedMidSend = UUID.randomUUID();
            UUID waitingRetry = UUID.randomUUID();
            UUID leasedElsewhere = UUID.randomUUID();
            Instant leaseEnds = now.plusSeconds(2);
            try (Connection c = dataSource.getConnection()) {
                for (UUID event : List.of(diedMidSend, waitingRetry, leasedElsewhere)) {
                    event(c, event, now.minusSeconds(60));
                }
                // claimed by the dead process: its lease ran out a second ago, after one failed attempt before it
                delivery(c, diedMidSend, subscription, 1, now.minusSeconds(30), now.minusSeconds(1));
                attempt(c, diedMidSend, 1, now.minusSeconds(40), now.minusSeconds(30));
                // two failed attempts, the next one due a second ago
                delivery(c, waitingRetry, subscription, 2, now.minusSeconds(1), null);
                attempt(c, waitingRetry, 1, now.minusSeconds(50), now.minusSeconds(45));
                attempt(c, waitingRetry, 2, now.minusSeconds(45), now.minusSeconds(1));
                // due, but another worker holds it for two more seconds: nobody else may send it meanwhile
                delivery(c, leasedElsewhere, subscription, 0, now.minusSeconds(5), leaseEnds);
            }

            await().atMost(Duration.ofSeconds(30)).until(() -> List.of(diedMidSend, waitingRetry, leasedElsewhere).stream()
                    .allMatch(e -> "DELIVERED".equals(state(regulator, subscription, e))));
            assertThat(attempts(regulator, subscription, diedMidSend)).isEqualTo(2);
            assertThat(attempts(regulator, subscription, waitingRetry)).isEqualTo(3);
            assertThat(attempts(regulator, subscription, leasedElsewhere)).isEqualTo(1);
            for (UUID e : List.of(diedMidSend, waitingRetry, leasedElsewhere)) {
                assertThat(receiver.about(e.toString())).hasSize(1);
            }
            assertThat(receiver.about(leasedElsewhere.toString()).get(0).receivedMillis())
                    .isGreaterThanOrEqualTo(leaseEnds.toEpochMilli());
            Map<String, Object> log = WebhookApi.delivery(regulator, subscription.toString(),
                    (String) WebhookApi.deliveryOf(regulator, subscription.toString(), waitingRetry.toString()).get("id"));
            assertThat((List<?>) log.get("attemptLog")).hasSize(3);
        }
    }

    private static String state(String token, UUID subscription, UUID event) {
        Map<String, Object> d = WebhookApi.deliveryOf(token, subscription.toString(), event.toString());
        return d == null ? null : (String) d.get("state");
    }

    private static int attempts(String token, UUID subscription, UUID event) {
        return (Integer) WebhookApi.deliveryOf(token, subscription.toString(), event.toString()).get("attempts");
    }

    private static void event(Connection c, UUID id, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO webhook_event (event_id, event_type, body, arrived_at) VALUES (?, ?, ?, ?)")) {
            s.setObject(1, id);
            s.setString(2, "hazard.reported.v1");
            s.setString(3, """
                    {"specversion":"1.0","id":"%s","source":"/hazard-service","type":"hazard.reported.v1",\
                    "datacontenttype":"application/json","data":{"hazardId":"%s","regionCode":"500257001001"}}"""
                    .formatted(id, Events.id()));
            s.setObject(4, utc(at));
            s.executeUpdate();
        }
    }

    private static void delivery(Connection c, UUID event, UUID subscription, int attempts, Instant next,
                                 Instant claimedUntil) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, state, attempts, retries,
                                              next_attempt_at, claimed_until, claim, created_at)
                VALUES (?, ?, ?, 'hazard.reported.v1', 'PENDING', ?, ?, ?, ?, ?, ?)""")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, subscription);
            s.setObject(3, event);
            s.setInt(4, attempts);
            s.setInt(5, attempts);
            s.setObject(6, utc(next));
            s.setObject(7, claimedUntil == null ? null : utc(claimedUntil));
            s.setObject(8, claimedUntil == null ? null : UUID.randomUUID());
            s.setObject(9, utc(next.minusSeconds(60)));
            s.executeUpdate();
        }
    }

    private static void attempt(Connection c, UUID event, int attempt, Instant at, Instant next) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO webhook_attempt (delivery_id, attempt, started_at, duration_ms, http_status, error, next_attempt_at)
                SELECT id, ?, ?, 12, 503, 'HTTP 503', ? FROM webhook_delivery WHERE event_id = ?""")) {
            s.setInt(1, attempt);
            s.setObject(2, utc(at));
            s.setObject(3, utc(next));
            s.setObject(4, event);
            s.executeUpdate();
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }
}

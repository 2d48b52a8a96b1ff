package cn.hazardledger.notifyservice.webhook;

import cn.hazardledger.chassis.crypto.FieldCipher;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The queue of deliveries in PostgreSQL. Everything a worker knows lives in its rows (state, attempts, next attempt,
 * lease), so a restarted or another replica's worker takes up exactly where the last one stood. Plain JDBC on the
 * transaction's connection: the claim is one UPDATE … RETURNING with FOR UPDATE SKIP LOCKED, which JPA cannot say.
 */
@ApplicationScoped
public class DeliveryQueue {

    /** What settling an attempt did to its delivery. */
    public enum Outcome { DELIVERED, RETRY, GAVE_UP, NOT_OURS }

    private static final Logger LOG = Logger.getLogger(DeliveryQueue.class);

    @Inject
    FieldCipher cipher;

    @Inject
    DataSource dataSource;

    @Inject
    WebhookConfig config;

    @Inject
    Backoff backoff;

    @Inject
    Event<DeliveriesQueued> queued;

    /** The subscriptions whose region covers {@code region}, with their type patterns; in the caller's transaction. */
    List<Subscriber> subscribers(String region) {
        return jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    SELECT id, event_types FROM webhook_subscription WHERE ? LIKE region_prefix || '%'""")) {
                s.setString(1, region);
                List<Subscriber> found = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        found.add(new Subscriber(rs.getObject(1, UUID.class), List.of(rs.getString(2).split(","))));
                    }
                }
                return found;
            }
        });
    }

    record Subscriber(UUID id, List<String> eventTypes) {
    }

    /** Queues one event for each subscription, once: a second call for the same event adds nothing. */
    void enqueue(UUID eventId, String type, String body, List<UUID> subscriptions, Instant now) {
        jdbc(c -> {
            try (PreparedStatement e = c.prepareStatement("""
                    INSERT INTO webhook_event (event_id, event_type, body, arrived_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT DO NOTHING""")) {
                e.setObject(1, eventId);
                e.setString(2, type);
                e.setString(3, body);
                e.setObject(4, utc(now));
                e.executeUpdate();
            }
            try (PreparedStatement d = c.prepareStatement("""
                    INSERT INTO webhook_delivery (id, subscription_id, event_id, event_type, state, next_attempt_at, created_at)
                    VALUES (?, ?, ?, ?, 'PENDING', ?, ?) ON CONFLICT ON CONSTRAINT webhook_delivery_once DO NOTHING""")) {
                for (UUID subscription : subscriptions) {
                    d.setObject(1, UUID.randomUUID());
                    d.setObject(2, subscription);
                    d.setObject(3, eventId);
                    d.setString(4, type);
                    d.setObject(5, utc(now));
                    d.setObject(6, utc(now));
                    d.addBatch();
                }
                d.executeBatch();
            }
            return null;
        });
        queued.fire(new DeliveriesQueued());
    }

    /**
     * Takes up to {@code max} due deliveries of active subscriptions for {@link WebhookConfig.Worker#lease()}, in a
     * transaction of its own. SKIP LOCKED lets replicas claim side by side without ever taking the same row; the lease
     * keeps it theirs after the commit, and gives it back to everyone if the claimant dies mid-send.
     */
    public List<Claimed> claim(int max, Instant now) {
        return QuarkusTransaction.requiringNew().call(() -> jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement("""
                    WITH due AS (
                        SELECT d.id FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
                        WHERE d.state = 'PENDING' AND d.next_attempt_at <= ?
                          AND (d.claimed_until IS NULL OR d.claimed_until <= ?) AND s.status = 'ACTIVE'
                        ORDER BY d.next_attempt_at, d.created_at
                        LIMIT ?
                        FOR UPDATE OF d SKIP LOCKED)
                    UPDATE webhook_delivery d SET claimed_until = ?, claim = gen_random_uuid()
                    FROM due, webhook_event e, webhook_subscription s
                    WHERE d.id = due.id AND e.event_id = d.event_id AND s.id = d.subscription_id
                    RETURNING d.id, d.claim, d.subscription_id, d.event_id, d.event_type, e.body, s.url, s.secret,
                              s.previous_secret, s.previous_secret_until, d.attempts, d.created_at, d.replays""")) {
                s.setObject(1, utc(now));
                s.setObject(2, utc(now));
                s.setInt(3, max);
                s.setObject(4, utc(now.plus(config.worker().lease())));
                List<Claimed> claimed = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        UUID subscription = rs.getObject(3, UUID.class);
                        List<String> secrets = new ArrayList<>();
                        String unsigned = null;
                        try {
                            secrets.add(SecretSeal.open(cipher, subscription, SecretSeal.SECRET, rs.getString(8)));
                            OffsetDateTime graceUntil = rs.getObject(10, OffsetDateTime.class);
                            if (rs.getString(9) != null && graceUntil != null && graceUntil.toInstant().isAfter(now)) {
                                secrets.add(SecretSeal.open(cipher, subscription, SecretSeal.PREVIOUS, rs.getString(9)));
                            }
                        } catch (FieldCipher.SealedValueRefused e) {
                            // never signed with a part of the secrets or with garbage: the attempt fails, is logged
                            // and retried, and the subscription is suspended after webhooks.suspend-after of them
                            secrets.clear();
                            unsigned = "not sent: the stored signing secret does not open (" + e.getMessage()
                                    + "); rotate the secret";
                            LOG.errorf("webhook subscription %s: its stored signing secret does not open (%s); "
                                    + "delivery %s not sent", subscription, e.getMessage(), rs.getObject(1, UUID.class));
                        }
                        claimed.add(new Claimed(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                                subscription, rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6),
                                rs.getString(7), List.copyOf(secrets), rs.getInt(11) + 1,
                                rs.getObject(12, OffsetDateTime.class).toInstant(), rs.getInt(13) > 0, unsigned));
                    }
                }
                return claimed;
            }
        }));
    }

    /**
     * Logs the attempt and moves the delivery on: delivered, due again after the backoff, or given up. A worker whose
     * lease ran out (the row was claimed again meanwhile) only logs: the new holder settles it, unless this attempt
     * delivered it, which stays true whatever the other one does.
     */
    public Settled settle(Claimed claimed, AttemptResult result) {
        return QuarkusTransaction.requiringNew().call(() -> jdbc(c -> {
            int attempt;
            boolean ours;
            int retries;
            try (PreparedStatement s = c.prepareStatement("""
                    UPDATE webhook_delivery SET attempts = attempts + 1 WHERE id = ?
                    RETURNING attempts, claim, retries""")) {
                s.setObject(1, claimed.deliveryId());
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        // the subscription was deleted while this attempt was under way
                        return new Settled(Outcome.NOT_OURS, false);
                    }
                    attempt = rs.getInt(1);
                    ours = claimed.claim().equals(rs.getObject(2, UUID.class));
                    retries = rs.getInt(3);
                }
            }
            Outcome outcome;
            Instant next = null;
            if (result.delivered()) {
                outcome = Outcome.DELIVERED;
                update(c, """
                        UPDATE webhook_delivery SET state = 'DELIVERED', delivered_at = ?, claimed_until = NULL, claim = NULL,
                               last_status = ?, last_error = NULL WHERE id = ?""",
                        utc(result.finishedAt()), result.status(), claimed.deliveryId());
            } else if (!ours) {
                outcome = Outcome.NOT_OURS;
            } else if (retries + 1 >= config.retry().maxAttempts()) {
                outcome = Outcome.GAVE_UP;
                update(c, """
                        UPDATE webhook_delivery SET state = 'FAILED', retries = retries + 1, claimed_until = NULL, claim = NULL,
                               last_status = ?, last_error = ? WHERE id = ?""",
                        result.status(), result.error(), claimed.deliveryId());
            } else {
                outcome = Outcome.RETRY;
                next = result.finishedAt().plus(backoff.after(retries + 1, () -> ThreadLocalRandom.current().nextDouble()));
                update(c, """
                        UPDATE webhook_delivery SET retries = retries + 1, next_attempt_at = ?, claimed_until = NULL,
                               claim = NULL, last_status = ?, last_error = ? WHERE id = ?""",
                        utc(next), result.status(), result.error(), claimed.deliveryId());
            }
            update(c, """
                    INSERT INTO webhook_attempt (delivery_id, attempt, started_at, duration_ms, http_status, error,
                                                 response_snippet, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                    claimed.deliveryId(), attempt, utc(result.startedAt()), (int) result.duration().toMillis(),
                    result.status(), result.error(), result.snippet(), next == null ? null : utc(next));
            boolean suspended = result.delivered() ? succeeded(c, claimed.subscriptionId())
                    : failed(c, claimed.subscriptionId(), result);
            return new Settled(outcome, suspended);
        }));
    }

    /** @param suspended whether this attempt's failure suspended its subscription */
    public record Settled(Outcome outcome, boolean suspended) {
    }

    private boolean succeeded(Connection c, UUID subscription) throws SQLException {
        update(c, "UPDATE webhook_subscription SET consecutive_failures = 0 WHERE id = ? AND consecutive_failures <> 0",
                subscription);
        return false;
    }

    /** Counts the failure against the subscription and suspends it at webhooks.suspend-after in a row. */
    private boolean failed(Connection c, UUID subscription, AttemptResult result) throws SQLException {
        int inRow;
        try (PreparedStatement s = c.prepareStatement("""
                UPDATE webhook_subscription SET consecutive_failures = consecutive_failures + 1 WHERE id = ?
                RETURNING consecutive_failures""")) {
            s.setObject(1, subscription);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                inRow = rs.getInt(1);
            }
        }
        if (inRow < config.suspendAfter()) {
            return false;
        }
        // a new version: a regulator's If-Match read before the suspension no longer matches what it would change
        return update(c, """
                UPDATE webhook_subscription SET status = 'SUSPENDED', suspended_at = ?, suspended_reason = ?,
                       updated_at = ?, version = version + 1 WHERE id = ? AND status = 'ACTIVE'""",
                utc(result.finishedAt()), clip(inRow + " failed attempts in a row; the last: " + result.error()),
                utc(result.finishedAt()), subscription) > 0;
    }

    /** A resumed subscription's waiting deliveries, due now with their retries counted afresh; in the caller's transaction. */
    void releaseWaiting(UUID subscription, Instant now) {
        int released = jdbc(c -> update(c, """
                UPDATE webhook_delivery SET next_attempt_at = ?, retries = 0 WHERE subscription_id = ? AND state = 'PENDING'""",
                utc(now), subscription));
        if (released > 0) {
            queued.fire(new DeliveriesQueued());
        }
    }

    /** Queues a delivered or given-up delivery again; false when it is still queued. In the caller's transaction. */
    boolean replay(UUID delivery, Instant now) {
        int replayed = jdbc(c -> update(c, """
                UPDATE webhook_delivery SET state = 'PENDING', retries = 0, next_attempt_at = ?, replays = replays + 1
                WHERE id = ? AND state <> 'PENDING'""", utc(now), delivery));
        if (replayed > 0) {
            queued.fire(new DeliveriesQueued());
        }
        return replayed > 0;
    }

    /** Queues again every delivered or given-up delivery of a subscription whose event arrived since then. */
    int replaySince(UUID subscription, Instant since, Instant now) {
        int replayed = jdbc(c -> update(c, """
                UPDATE webhook_delivery SET state = 'PENDING', retries = 0, next_attempt_at = ?, replays = replays + 1
                WHERE subscription_id = ? AND created_at >= ? AND state <> 'PENDING'""", utc(now), subscription, utc(since)));
        if (replayed > 0) {
            queued.fire(new DeliveriesQueued());
        }
        return replayed;
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> jdbc(c -> {
            try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }));
    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] == null) {
                    s.setNull(i + 1, Types.NULL);
                } else {
                    s.setObject(i + 1, params[i]);
                }
            }
            return s.executeUpdate();
        }
    }

    private static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    @FunctionalInterface
    private interface Work<T> {
        T on(Connection c) throws SQLException;
    }

    /** On the current transaction's connection (Agroal hands the same one to JPA and to us). */
    private <T> T jdbc(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.on(c);
        } catch (SQLException e) {
            throw new IllegalStateException("webhook queue: " + e.getMessage(), e);
        }
    }

    private static String clip(String text) {
        return text.length() <= AttemptResult.ERROR_LENGTH ? text : text.substring(0, AttemptResult.ERROR_LENGTH - 1) + "…";
    }
}

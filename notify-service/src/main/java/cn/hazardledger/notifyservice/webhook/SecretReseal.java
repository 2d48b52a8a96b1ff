package cn.hazardledger.notifyservice.webhook;

import cn.hazardledger.chassis.crypto.FieldCipher;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.UUID;

/**
 * Step 3 of a key rotation (docs/webhooks.md, "Secrets at rest and key rotation"), and the sealing of secrets a
 * database from before sealing holds in clear: batch by batch, re-seals with the current key every subscription
 * whose {@code secret} or {@code previous_secret} is not sealed with it, and the secret in every idempotent replay
 * copy of a creation or rotation (idempotency_record, kept 24 hours). Each row is written with a conditional SQL
 * UPDATE (only if it still holds what was read), without moving the subscription's version (a regulator's If-Match
 * stays good). Every replica runs it; FOR UPDATE SKIP LOCKED shares the rows between them, and the conditional update
 * makes a second pass over a row harmless. A value that does not open is left as it is and logged: it cannot be
 * re-sealed, only replaced by a rotation.
 */
@ApplicationScoped
public class SecretReseal {

    @Inject
    FieldCipher cipher;

    @Inject
    FieldEncryptionConfig config;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Scheduled(every = "${field-encryption.reseal-every:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void resealAll() {
        int total = 0;
        int done;
        do {
            done = resealBatch();
            total += done;
        } while (done > 0);
        if (total > 0) {
            Log.infof("re-sealed %d webhook signing secrets with field-encryption key %d", total, cipher.currentVersion());
        }
    }

    /**
     * Re-seals up to field-encryption.reseal-batch subscriptions and as many replay copies in one transaction;
     * answers how many it re-sealed (those that do not open are not counted, so that a pass ends).
     */
    public int resealBatch() {
        return QuarkusTransaction.requiringNew().call(() -> resealSubscriptions() + resealReplays());
    }

    private int resealSubscriptions() {
        String current = "fc1:" + cipher.currentVersion() + ":%";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, secret, previous_secret FROM webhook_subscription
                        WHERE secret NOT LIKE ?1 OR (previous_secret IS NOT NULL AND previous_secret NOT LIKE ?2)
                        ORDER BY id LIMIT ?3 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, current).setParameter(2, current).setParameter(3, config.resealBatch()).getResultList();
        int done = 0;
        for (Object[] row : rows) {
            UUID id = row[0] instanceof UUID u ? u : UUID.fromString(row[0].toString());
            String secret = (String) row[1];
            String previous = (String) row[2];
            String newSecret;
            String newPrevious;
            try {
                newSecret = resealed(id, SecretSeal.SECRET, secret);
                newPrevious = resealed(id, SecretSeal.PREVIOUS, previous);
            } catch (FieldCipher.SealedValueRefused e) {
                Log.errorf("webhook subscription %s: a stored signing secret does not open (%s); not re-sealed, "
                        + "rotate its secret", id, e.getMessage());
                continue;
            }
            done += em.createNativeQuery("""
                            UPDATE webhook_subscription SET secret = ?1, previous_secret = ?2
                            WHERE id = ?3 AND secret = ?4 AND previous_secret IS NOT DISTINCT FROM ?5""")
                    .setParameter(1, newSecret).setParameter(2, newPrevious).setParameter(3, id)
                    .setParameter(4, secret).setParameter(5, previous).executeUpdate();
        }
        return done;
    }

    /** The answers to creations and rotations kept for a replay whose secret is in clear or on an older key. */
    private int resealReplays() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT caller, idempotency_key, body FROM idempotency_record
                        WHERE body LIKE '%"secret":"%' AND body NOT LIKE ?1
                        ORDER BY caller, idempotency_key LIMIT ?2 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, "%\"secret\":\"fc1:" + cipher.currentVersion() + ":%")
                .setParameter(2, config.resealBatch()).getResultList();
        int done = 0;
        for (Object[] row : rows) {
            String body = (String) row[2];
            String resealed;
            try {
                JsonNode tree = json.readTree(body);
                if (!(tree instanceof ObjectNode answer) || !answer.path("secret").isTextual()
                        || !answer.path("id").isTextual()) {
                    continue;
                }
                UUID id = UUID.fromString(answer.get("id").asText());
                answer.put("secret", resealed(id, SecretSeal.REPLAY, answer.get("secret").asText()));
                resealed = json.writeValueAsString(answer);
            } catch (FieldCipher.SealedValueRefused e) {
                Log.errorf("an idempotent replay of caller %s: its secret does not open (%s); left as it is",
                        row[0], e.getMessage());
                continue;
            } catch (JsonProcessingException | IllegalArgumentException e) {
                // not an answer of this API: a body that merely mentions "secret", or whose id is not a UUID
                continue;
            }
            done += em.createNativeQuery("""
                            UPDATE idempotency_record SET body = ?1 WHERE caller = ?2 AND idempotency_key = ?3 AND body = ?4""")
                    .setParameter(1, resealed).setParameter(2, row[0]).setParameter(3, row[1]).setParameter(4, body)
                    .executeUpdate();
        }
        return done;
    }

    /** The value sealed with the current key; one already sealed with it stays as it is. */
    private String resealed(UUID id, String column, String stored) {
        if (stored == null || SecretSeal.sealedWith(stored, cipher.currentVersion())) {
            return stored;
        }
        return SecretSeal.seal(cipher, id, column, SecretSeal.open(cipher, id, column, stored));
    }
}

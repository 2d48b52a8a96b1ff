package cn.hazardledger.chassis.idempotency;

import cn.hazardledger.chassis.web.ProblemException;
import cn.hazardledger.chassis.web.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

/**
 * Makes a POST safe to retry from a phone on a bad network. The key is claimed and the answer stored in the
 * same transaction as the effect, so a retry either finds the committed answer or runs as the first try;
 * a concurrent duplicate waits on the primary key until the first commits.
 */
@ApplicationScoped
public class Idempotency {

    @Inject
    Clock clock;

    public static final String HEADER = "Idempotency-Key";
    private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[\\x21-\\x7e]{1,200}");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "idempotency.retention", defaultValue = "PT24H")
    Duration retention;

    @Transactional(Transactional.TxType.MANDATORY)
    public <T> IdempotentResponse<T> once(String caller, String key, Object request, Class<T> bodyType,
                                          Supplier<IdempotentResponse<T>> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalidField(HEADER, "must be 1 to 200 visible ASCII characters, e.g. a UUID");
        }
        String hash = sha256(write(request));
        int claimed = em.createNativeQuery("""
                        INSERT INTO idempotency_record (caller, idempotency_key, request_hash, created_at)
                        VALUES (:caller, :key, :hash, :now) ON CONFLICT DO NOTHING""")
                .setParameter("caller", caller).setParameter("key", key).setParameter("hash", hash)
                .setParameter("now", Timestamp.from(Instant.now(clock)))
                .executeUpdate();
        if (claimed == 0) {
            return replay(caller, key, hash, bodyType);
        }
        IdempotentResponse<T> answer = action.get();
        em.createNativeQuery("""
                        UPDATE idempotency_record SET status = :status, location = :location, body = :body
                        WHERE caller = :caller AND idempotency_key = :key""")
                .setParameter("status", answer.status()).setParameter("location", answer.location())
                .setParameter("body", write(answer.body()))
                .setParameter("caller", caller).setParameter("key", key)
                .executeUpdate();
        return answer;
    }

    private <T> IdempotentResponse<T> replay(String caller, String key, String hash, Class<T> bodyType) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT request_hash, status, location, body FROM idempotency_record
                        WHERE caller = :caller AND idempotency_key = :key""")
                .setParameter("caller", caller).setParameter("key", key).getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "this Idempotency-Key was used for a different request; use a new key for a new request");
        }
        try {
            // the stored answer is read back as it was written: times keep the offset they were answered with
            // (+08:00), where Jackson would by default move them to UTC and the replay would differ from the answer
            T body = json.readerFor(bodyType).without(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                    .readValue((String) row[3]);
            return new IdempotentResponse<>(((Number) row[1]).intValue(), (String) row[2], body, true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored idempotent response is unreadable", e);
        }
    }

    @Scheduled(every = "1h", delayed = "1m")
    @Transactional
    void forgetOldKeys() {
        em.createNativeQuery("DELETE FROM idempotency_record WHERE created_at < :cutoff")
                .setParameter("cutoff", Timestamp.from(Instant.now(clock).minus(retention)))
                .executeUpdate();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

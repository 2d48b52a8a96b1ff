package cn.hazardledger.notifyservice.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** One line of a delivery's log, written once. */
@Entity
@Table(name = "webhook_attempt")
@IdClass(Attempt.Key.class)
public class Attempt extends PanacheEntityBase {

    @Id
    @Column(name = "delivery_id")
    public UUID deliveryId;

    @Id
    public int attempt;

    @Column(name = "started_at")
    public Instant startedAt;

    @Column(name = "duration_ms")
    public int durationMs;

    @Column(name = "http_status")
    public Integer httpStatus;

    public String error;

    @Column(name = "response_snippet")
    public String responseSnippet;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    public record Key(UUID deliveryId, int attempt) implements Serializable {
    }
}

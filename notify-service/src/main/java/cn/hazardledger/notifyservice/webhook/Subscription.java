package cn.hazardledger.notifyservice.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "webhook_subscription")
public class Subscription extends PanacheEntityBase {

    @Id
    public UUID id;

    public String url;

    /** Comma-separated; see {@link #eventTypes()}. */
    @Column(name = "event_types")
    public String eventTypes;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "region_prefix")
    public String regionPrefix;

    public String description;

    @Enumerated(EnumType.STRING)
    public SubscriptionStatus status;

    @Column(name = "suspended_reason")
    public String suspendedReason;

    @Column(name = "suspended_at")
    public Instant suspendedAt;

    @Column(name = "consecutive_failures")
    public int consecutiveFailures;

    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public long version;

    public List<String> eventTypes() {
        return Arrays.asList(eventTypes.split(","));
    }

    void eventTypes(List<String> types) {
        eventTypes = String.join(",", types);
    }
}

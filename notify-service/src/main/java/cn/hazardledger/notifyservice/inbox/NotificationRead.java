package cn.hazardledger.notifyservice.inbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** That one person has read one notification, and when. */
@Entity
@Table(name = "notification_read")
@IdClass(NotificationRead.Key.class)
public class NotificationRead extends PanacheEntityBase {

    @Id
    @Column(name = "notification_id")
    public UUID notificationId;

    @Id
    public String reader;

    @Column(name = "read_at")
    public Instant readAt;

    public record Key(UUID notificationId, String reader) implements Serializable {
    }
}

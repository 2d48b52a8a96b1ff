package cn.hazardledger.taskservice.task;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A review that came before its report: kept until the report opens the verification task it completes. */
@Entity
@Table(name = "early_review")
public class EarlyReview extends PanacheEntityBase {

    @Id
    @Column(name = "hazard_id")
    public UUID hazardId;

    public String outcome;

    @Column(name = "received_at")
    public Instant receivedAt;
}

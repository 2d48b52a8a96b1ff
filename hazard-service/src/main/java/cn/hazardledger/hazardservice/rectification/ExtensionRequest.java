package cn.hazardledger.hazardservice.rectification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** 延期申请: the rectifying side asks for a later deadline; the side that closes the hazard decides. */
@Entity
@Table(name = "extension_request")
public class ExtensionRequest extends PanacheEntityBase {

    @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "延期审批结论 / decision: APPROVED 同意, REFUSED 不同意")
    public enum Decision { APPROVED, REFUSED }

    @Id
    public UUID id;

    @Column(name = "hazard_id")
    public UUID hazardId;

    public String reason;

    @Column(name = "current_deadline")
    public LocalDate currentDeadline;

    @Column(name = "proposed_deadline")
    public LocalDate proposedDeadline;

    @Column(name = "requested_by")
    public String requestedBy;

    @Column(name = "requested_at")
    public Instant requestedAt;

    @Enumerated(EnumType.STRING)
    public Decision decision;

    @Column(name = "decision_note")
    public String decisionNote;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;
}

package cn.hazardledger.hazardservice.publicreport;

import cn.hazardledger.hazardservice.hazard.Actor;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A report from the public or a whistle-blower (群众举报 / 吹哨人, docs/domain.md) and its triage by the township.
 * The reporter's identity and contact are held only sealed ({@link ReporterSeal}); the moves below check the status
 * and answer the entry of the report's history that records them.
 */
@Entity
@Table(name = "public_report")
public class PublicReport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "tracking_code")
    public String trackingCode;

    @Column(name = "secret_sha256")
    public String secretSha256;

    @Enumerated(EnumType.STRING)
    public PublicReportKind kind;

    @Enumerated(EnumType.STRING)
    public PublicReportStatus status;

    public String title;

    public String description;

    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "enterprise_name")
    public String enterpriseName;

    @Column(name = "enterprise_credit_code")
    public String enterpriseCreditCode;

    /** Whether any of name, phone, ID number or other contact was given; the values themselves are sealed. */
    @Column(name = "reporter_identified")
    public boolean reporterIdentified;

    @Column(name = "reporter_name_sealed")
    public String reporterNameSealed;

    @Column(name = "reporter_phone_sealed")
    public String reporterPhoneSealed;

    @Column(name = "reporter_id_sealed")
    public String reporterIdSealed;

    @Column(name = "reporter_contact_sealed")
    public String reporterContactSealed;

    /** The GPS position sent with the report, "latitude,longitude", sealed: it may be where the reporter lives. */
    @Column(name = "location_sealed")
    public String locationSealed;

    @Column(name = "key_version")
    public int keyVersion;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decided_by")
    public String decidedBy;

    /** What the reporter reads about the outcome, written for them; null: the status's default text. */
    @Column(name = "public_reply")
    public String publicReply;

    /** The hazard it became (ACCEPTED) or duplicates (DUPLICATE). */
    @Column(name = "hazard_id")
    public UUID hazardId;

    @Column(name = "not_true_reason")
    public String notTrueReason;

    @Column(name = "reward_amount_yuan")
    public BigDecimal rewardAmountYuan;

    @Column(name = "reward_proposed_by")
    public String rewardProposedBy;

    @Column(name = "reward_proposed_at")
    public Instant rewardProposedAt;

    @Column(name = "reward_approved_by")
    public String rewardApprovedBy;

    @Column(name = "reward_approver_role")
    public String rewardApproverRole;

    @Column(name = "reward_approved_at")
    public Instant rewardApprovedAt;

    @Column(name = "reward_paid_on")
    public LocalDate rewardPaidOn;

    @Column(name = "reward_paid_recorded_by")
    public String rewardPaidRecordedBy;

    @Version
    public long version;

    /** 举报: a new report, RECEIVED; its history opens with an unsigned entry (the reporter has no account). */
    static PublicReport receive(PublicReportRequest request, String trackingCode, String secretHash, Instant at) {
        PublicReport r = new PublicReport();
        r.id = UUID.randomUUID();
        r.trackingCode = trackingCode;
        r.secretSha256 = secretHash;
        r.kind = request.kind();
        r.status = PublicReportStatus.RECEIVED;
        r.title = request.title().strip();
        r.description = request.description().strip();
        r.regionCode = request.regionCode();
        r.enterpriseName = strip(request.enterpriseName());
        r.enterpriseCreditCode = request.enterpriseCreditCode();
        r.receivedAt = at;
        return r;
    }

    /** 受理: the township accepts it and the hazard {@code hazardId} is reported from it. */
    PublicReportEntry accept(UUID hazard, String reply, Actor actor, Instant at) {
        decide(PublicReportStatus.ACCEPTED, reply, actor, at);
        hazardId = hazard;
        return PublicReportEntry.of(this, "ACCEPT", "隐患 " + hazard, actor, at);
    }

    /** 重复: the condition is already in the ledger as {@code original}. */
    PublicReportEntry markDuplicate(UUID original, String reply, Actor actor, Instant at) {
        decide(PublicReportStatus.DUPLICATE, reply, actor, at);
        hazardId = original;
        return PublicReportEntry.of(this, "DUPLICATE", "重复：隐患 " + original, actor, at);
    }

    /** 不属实, with the reason the township recorded (staff only; the reporter reads the reply). */
    PublicReportEntry rejectAsNotTrue(String reason, String reply, Actor actor, Instant at) {
        decide(PublicReportStatus.NOT_TRUE, reply, actor, at);
        notTrueReason = reason.strip();
        return PublicReportEntry.of(this, "NOT_TRUE", notTrueReason, actor, at);
    }

    private void decide(PublicReportStatus next, String reply, Actor actor, Instant at) {
        if (status != PublicReportStatus.RECEIVED) {
            throw new TriageConflict(status, "the report was already triaged as " + status + "; a triage is final");
        }
        status = next;
        decidedAt = at;
        decidedBy = actor.subject();
        publicReply = strip(reply);
    }

    /** 查看举报人身份: recorded before anything is shown; the entry names the reason, never what was shown. */
    PublicReportEntry reveal(String reason, Actor actor, Instant at) {
        return PublicReportEntry.of(this, "REVEAL", reason.strip(), actor, at);
    }

    /** 有奖举报, step 1: the township proposes the amount; {@link RewardRule} said whether the report is eligible. */
    PublicReportEntry proposeReward(BigDecimal amountYuan, Actor actor, Instant at) {
        if (rewardProposedAt != null) {
            throw new RewardRefused("a reward of " + rewardAmountYuan + " yuan was already proposed for this report");
        }
        rewardAmountYuan = amountYuan;
        rewardProposedBy = actor.subject();
        rewardProposedAt = at;
        return PublicReportEntry.of(this, "REWARD_PROPOSED", amountYuan.toPlainString() + " 元", actor, at);
    }

    /** Step 2: a regulator or leader approves the proposed amount. */
    PublicReportEntry approveReward(String note, Actor actor, Instant at) {
        if (rewardProposedAt == null) {
            throw new RewardRefused("no reward was proposed for this report");
        }
        if (rewardApprovedAt != null) {
            throw new RewardRefused("the reward was already approved by " + rewardApprovedBy);
        }
        rewardApprovedBy = actor.subject();
        rewardApproverRole = actor.role();
        rewardApprovedAt = at;
        return PublicReportEntry.of(this, "REWARD_APPROVED", strip(note), actor, at);
    }

    /** Step 3: the township records the day the approved reward was paid. */
    PublicReportEntry recordPayment(LocalDate paidOn, Actor actor, Instant at) {
        if (rewardApprovedAt == null) {
            throw new RewardRefused("the reward is not approved yet: only an approved reward is paid");
        }
        if (rewardPaidOn != null) {
            throw new RewardRefused("the reward was already paid on " + rewardPaidOn);
        }
        rewardPaidOn = paidOn;
        rewardPaidRecordedBy = actor.subject();
        return PublicReportEntry.of(this, "REWARD_PAID", paidOn.toString(), actor, at);
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

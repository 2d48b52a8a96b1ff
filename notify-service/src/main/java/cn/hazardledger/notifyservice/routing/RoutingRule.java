package cn.hazardledger.notifyservice.routing;

import cn.hazardledger.notifyservice.inbox.NotificationKind;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A rule a regulator added for their region; the shipped rules are {@link DefaultRules}. */
@Entity
@Table(name = "routing_rule")
public class RoutingRule extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "region_code")
    public String regionCode;

    public String industry;

    public String level;

    @Enumerated(EnumType.STRING)
    public Audience audience;

    @Column(name = "audience_role")
    public String audienceRole;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience_level")
    public RegionLevel audienceLevel;

    @Column(name = "audience_party")
    public String audienceParty;

    @Enumerated(EnumType.STRING)
    public NotificationKind kind;

    public String slot;

    @Enumerated(EnumType.STRING)
    @Column(name = "dual_report_side")
    public DualReportSide dualReportSide;

    public boolean enabled;

    @Version
    public int version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    Rule toRule() {
        return new Rule(id.toString(), name, eventType, regionCode, industry, level, audience, audienceRole,
                audienceLevel, audienceParty, kind, slot, dualReportSide, null);
    }
}

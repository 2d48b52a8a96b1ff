package cn.hazardledger.notifyservice.routing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One change of a routing rule, as it was before and after (JSON); written once, never changed. */
@Entity
@Table(name = "routing_rule_audit")
public class RoutingRuleAudit extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "rule_id")
    public UUID ruleId;

    public String action;

    public String actor;

    @Column(name = "actor_role")
    public String actorRole;

    @Column(name = "actor_region")
    public String actorRegion;

    public Instant at;

    public String before;

    public String after;
}

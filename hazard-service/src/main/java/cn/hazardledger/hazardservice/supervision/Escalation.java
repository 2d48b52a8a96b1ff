package cn.hazardledger.hazardservice.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/**
 * What the township could not solve alone (docs/domain.md, lifecycle step 5): handed up to the county's pool
 * (推送“蓄水池”) and/or pushed to the industry department responsible (分行业推送).
 */
@Embeddable
public class Escalation {

    /** The county whose pool holds the hazard; null while the township keeps it. */
    @Column(name = "pool_region_code")
    public String poolRegionCode;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    @Column(name = "escalated_by")
    public String escalatedBy;

    @Column(name = "department_code")
    public String departmentCode;

    @Column(name = "department_name")
    public String departmentName;

    @Column(name = "pushed_at")
    public Instant pushedAt;

    @Column(name = "pushed_by")
    public String pushedBy;
}

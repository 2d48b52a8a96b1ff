package cn.hazardledger.hazardservice.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/**
 * 双报告 (docs/domain.md, lifecycle step 4): a major hazard is reported both to the township government and to
 * the department that supervises its industry. Each side is recorded once, with who reported it and when.
 */
@Embeddable
public class DualReport {

    @Column(name = "dual_township_name")
    public String townshipGovernment;

    @Column(name = "dual_township_at")
    public Instant townshipReportedAt;

    @Column(name = "dual_township_by")
    public String townshipReportedBy;

    @Column(name = "dual_department_name")
    public String department;

    @Column(name = "dual_department_at")
    public Instant departmentReportedAt;

    @Column(name = "dual_department_by")
    public String departmentReportedBy;

    public boolean reportedTo(DualReportRecipient recipient) {
        return recipient == DualReportRecipient.TOWNSHIP_GOVERNMENT ? townshipReportedAt != null
                : departmentReportedAt != null;
    }

    public boolean complete() {
        return townshipReportedAt != null && departmentReportedAt != null;
    }

    public void record(DualReportRecipient recipient, String name, String by, Instant at) {
        if (recipient == DualReportRecipient.TOWNSHIP_GOVERNMENT) {
            townshipGovernment = name;
            townshipReportedBy = by;
            townshipReportedAt = at;
        } else {
            department = name;
            departmentReportedBy = by;
            departmentReportedAt = at;
        }
    }
}

package cn.hazardledger.notifyservice.inbox;

import cn.hazardledger.chassis.security.Roles;

import java.util.List;
import java.util.Set;

/**
 * Who must hear of what. A reported hazard: the township that keeps its ledger; a major one also the county's
 * supervising department, since a major hazard is reported to both (双报告, 三星府发〔2023〕76号 §二.1; docs/domain.md). A new task: its
 * assignee role in its region.
 */
public final class Recipients {

    /** Every role that reads an inbox; PUBLIC reporters have none, so nothing may be addressed to them. */
    public static final Set<String> WITH_INBOX = Set.of(Roles.INSPECTOR, Roles.ENTERPRISE, Roles.UNIT, Roles.TOWNSHIP,
            Roles.REGULATOR, Roles.LEADER, Roles.SYSTEM);

    private Recipients() {
    }

    /** The township and county codes are the producer's word on whose ledger the hazard joins. */
    public static List<Recipient> ofReportedHazard(String townshipCode, String countyCode, boolean major) {
        Recipient township = new Recipient(Roles.TOWNSHIP, townshipCode);
        if (!major) {
            return List.of(township);
        }
        return List.of(township, new Recipient(Roles.REGULATOR, countyCode));
    }

    public static Recipient ofAssignedTask(String assigneeRole, String regionCode) {
        return new Recipient(assigneeRole, regionCode);
    }
}

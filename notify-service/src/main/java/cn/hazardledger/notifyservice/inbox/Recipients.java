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

    /**
     * A task for a unit or an enterprise goes to that party's own inbox; one for a township to the township's
     * office, whatever village its task lies in.
     */
    public static Recipient ofAssignedTask(String assigneeRole, String regionCode, String assigneeCode) {
        if ((Roles.UNIT.equals(assigneeRole) || Roles.ENTERPRISE.equals(assigneeRole)) && assigneeCode != null) {
            return new Recipient(assigneeRole, regionCode, assigneeCode);
        }
        if (Roles.TOWNSHIP.equals(assigneeRole)) {
            return new Recipient(assigneeRole, cn.hazardledger.chassis.security.RegionCode.of(regionCode).township().value());
        }
        return new Recipient(assigneeRole, regionCode);
    }
}

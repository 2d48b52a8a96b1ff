package cn.hazardledger.notify.inbox;

import cn.hazardledger.chassis.security.RegionCode;

import java.util.List;

/**
 * Who must hear of a reported hazard. The township that keeps the ledger always; for a major hazard also the
 * county's supervising department, since a major hazard is reported to both (双报告, seed 003 §二.1).
 */
public final class Recipients {

    private Recipients() {
    }

    public static List<Recipient> ofReportedHazard(String regionCode, boolean major) {
        RegionCode region = RegionCode.of(regionCode);
        Recipient township = new Recipient("TOWNSHIP", region.township().value());
        if (!major) {
            return List.of(township);
        }
        return List.of(township, new Recipient("REGULATOR", region.county().value()));
    }
}

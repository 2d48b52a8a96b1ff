package cn.hazardledger.taskservice.campaign;

import cn.hazardledger.chassis.security.RegionCode;

import java.util.ArrayList;
import java.util.List;

/** The regions above a region whose campaigns it also works under: its township, county, city and province. */
final class CampaignScope {

    private CampaignScope() {
    }

    static List<String> above(RegionCode region) {
        String code = region.value();
        List<String> above = new ArrayList<>();
        for (int digits : new int[]{2, 4, 6, 9}) {
            String ancestor = code.substring(0, digits) + "0".repeat(12 - digits);
            if (!ancestor.equals(code) && RegionCode.isValid(ancestor)) {
                above.add(ancestor);
            }
        }
        return above.isEmpty() ? List.of(code) : above;
    }
}

package cn.hazardledger.hazardservice.hazard;

import java.util.HashMap;
import java.util.Map;

/** Request bodies for the tests. */
public final class Hazards {

    public static final String TOWNSHIP = "500240213000";
    public static final String VILLAGE = "500240213001";
    public static final String OTHER_TOWNSHIP_VILLAGE = "500240214001";

    private Hazards() {
    }

    public static Map<String, Object> report(String region, String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("description", "一楼厨房液化气钢瓶与灶具同室存放，未安装可燃气体报警装置。");
        body.put("regionCode", region);
        body.put("industry", "GAS");
        body.put("source", "GRID_PATROL");
        body.put("level", "GENERAL");
        body.put("hazardType", "OBJECT");
        body.put("riskColour", "YELLOW");
        body.put("signature", "李明");
        body.put("location", Map.of("address", "三星乡场镇主街12号", "latitude", 30.012345, "longitude", 108.123456));
        return body;
    }
}

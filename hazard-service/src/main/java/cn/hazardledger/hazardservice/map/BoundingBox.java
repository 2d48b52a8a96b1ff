package cn.hazardledger.hazardservice.map;

import cn.hazardledger.chassis.web.ProblemException;
import io.quarkus.panache.common.Parameters;

import java.math.BigDecimal;

/** A map's visible area, as GeoJSON writes it (RFC 7946 §5): west, south, east, north in WGS 84 degrees. */
public record BoundingBox(BigDecimal west, BigDecimal south, BigDecimal east, BigDecimal north) {

    private static final String REASON = "must be west,south,east,north in degrees, e.g. 107.5,30.0,108.5,30.6";

    public static BoundingBox of(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String[] parts = value.split(",");
        if (parts.length != 4) {
            throw ProblemException.invalidField("bbox", REASON);
        }
        BigDecimal[] v = new BigDecimal[4];
        try {
            for (int i = 0; i < 4; i++) {
                v[i] = new BigDecimal(parts[i].trim());
            }
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField("bbox", REASON);
        }
        BoundingBox box = new BoundingBox(v[0], v[1], v[2], v[3]);
        if (!within(box.west, 180) || !within(box.east, 180) || !within(box.south, 90) || !within(box.north, 90)
                || box.west.compareTo(box.east) > 0 || box.south.compareTo(box.north) > 0) {
            throw ProblemException.invalidField("bbox", REASON + " (west ≤ east, south ≤ north)");
        }
        return box;
    }

    public void appendTo(StringBuilder query, Parameters params) {
        query.append(" and location.longitude between :west and :east and location.latitude between :south and :north");
        params.and("west", west).and("east", east).and("south", south).and("north", north);
    }

    private static boolean within(BigDecimal value, int limit) {
        return value.abs().compareTo(BigDecimal.valueOf(limit)) <= 0;
    }
}

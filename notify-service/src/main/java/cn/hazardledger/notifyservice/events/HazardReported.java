package cn.hazardledger.notifyservice.events;

import cn.hazardledger.chassis.events.CloudEvent;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import java.util.Set;

/** What notify-service reads of {@code hazard.reported.v1}; the producer owns the schema. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HazardReported(String hazardId, String title, String description, String regionCode,
                             String townshipCode, String countyCode, String industry, String level,
                             String reportedAt) {

    public static final String TYPE = "hazard.reported.v1";
    static final String MAJOR = "MAJOR";

    HazardReported validated(CloudEvent event) {
        new Fields().uuid("hazardId", hazardId).text("title", title).region("regionCode", regionCode)
                .region("townshipCode", townshipCode).region("countyCode", countyCode)
                .oneOf("level", level, Set.of("GENERAL", MAJOR)).timeIfPresent("reportedAt", reportedAt)
                .check(event);
        return this;
    }

    boolean major() {
        return MAJOR.equals(level);
    }
}

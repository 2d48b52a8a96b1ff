package cn.hazardledger.notify.events;

import cn.hazardledger.chassis.events.CloudEvent;
import cn.hazardledger.chassis.events.UnprocessableEvent;
import cn.hazardledger.chassis.security.RegionCode;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What notify-service reads of {@code hazard.reported.v1}; the producer owns the schema. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HazardReported(String hazardId, String title, String description, String regionCode,
                             String industry, String level, String reportedAt) {

    public static final String TYPE = "hazard.reported.v1";

    HazardReported validated(CloudEvent event) {
        if (hazardId == null || title == null || level == null || !RegionCode.isValid(regionCode)) {
            throw new UnprocessableEvent(TYPE + " " + event.id() + " lacks hazardId, title, level or a valid regionCode");
        }
        return this;
    }
}

package cn.hazardledger.taskservice.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What task-service reads of {@code hazard.reported.v1}; the producer owns the schema, unknown fields are fine. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HazardReported(String hazardId, String title, String regionCode, String level, String reportedAt) {

    public static final String TYPE = "hazard.reported.v1";
}

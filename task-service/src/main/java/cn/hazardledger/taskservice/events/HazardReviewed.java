package cn.hazardledger.taskservice.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What task-service reads of {@code hazard.confirmed.v1} and {@code hazard.rejected.v1}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HazardReviewed(String hazardId, String status, String reason, String reviewedAt) {

    public static final String CONFIRMED = "hazard.confirmed.v1";
    public static final String REJECTED = "hazard.rejected.v1";
}

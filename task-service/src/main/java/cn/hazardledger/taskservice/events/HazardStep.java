package cn.hazardledger.taskservice.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What task-service reads of a hazard event after the report (hazard-service's schemas: a {@code hazard} object
 * with the hazard's facts and a {@code step} naming the ledger entry). Fields it does not use are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HazardStep(Facts hazard, Step step) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Facts(String hazardId, String ledgerNumber, String title, String regionCode, String townshipCode,
                        String level, String status, String deadline, Responsible responsible,
                        boolean listedForSupervision) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Responsible(String kind, String code, String name, String personName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Step(String action, int entrySequence, String at) {
    }
}

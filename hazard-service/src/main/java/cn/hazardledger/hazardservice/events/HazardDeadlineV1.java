package cn.hazardledger.hazardservice.events;

import cn.hazardledger.hazardservice.hazard.Hazard;

import java.time.LocalDate;

/**
 * Payload of {@code hazard.deadline-approaching.v1} and {@code hazard.overdue.v1}: raised once per deadline by
 * the deadline watch, not by a ledger step, so it carries no step.
 */
public record HazardDeadlineV1(@com.fasterxml.jackson.annotation.JsonIgnore String type, HazardFacts hazard,
                               String deadline, long daysLeft) implements HazardEvent {

    public static final String APPROACHING = "hazard.deadline-approaching.v1";
    public static final String OVERDUE = "hazard.overdue.v1";

    public static HazardDeadlineV1 approaching(Hazard h, LocalDate today) {
        return new HazardDeadlineV1(APPROACHING, HazardFacts.of(h, today), h.deadline.toString(),
                java.time.temporal.ChronoUnit.DAYS.between(today, h.deadline));
    }

    public static HazardDeadlineV1 overdue(Hazard h, LocalDate today) {
        return new HazardDeadlineV1(OVERDUE, HazardFacts.of(h, today), h.deadline.toString(),
                java.time.temporal.ChronoUnit.DAYS.between(today, h.deadline));
    }
}

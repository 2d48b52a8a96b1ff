package cn.hazardledger.notifyservice.events;

import cn.hazardledger.chassis.events.CloudEvent;
import cn.hazardledger.chassis.events.UnprocessableEvent;
import cn.hazardledger.chassis.security.RegionCode;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Checks the payload fields this service relies on. Whatever is wrong is named field by field in the
 * dead-letter reason, so whoever reads notify-service.dlq sees at once what the producer sent wrong.
 */
final class Fields {

    private final List<String> problems = new ArrayList<>();

    Fields uuid(String field, String value) {
        if (value == null) {
            return missing(field);
        }
        try {
            UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            problems.add(field + " is not a UUID");
        }
        return this;
    }

    Fields text(String field, String value) {
        return value == null || value.isBlank() ? missing(field) : this;
    }

    Fields region(String field, String value) {
        if (value == null) {
            return missing(field);
        }
        if (!RegionCode.isValid(value)) {
            problems.add(field + " is not a 12-digit region code");
        }
        return this;
    }

    Fields oneOf(String field, String value, Set<String> allowed) {
        if (value == null) {
            return missing(field);
        }
        if (!allowed.contains(value)) {
            problems.add(field + " must be one of " + allowed.stream().sorted().toList());
        }
        return this;
    }

    /** An optional time: absent is fine, present must be ISO-8601 with an offset. */
    Fields timeIfPresent(String field, String value) {
        if (value != null) {
            try {
                OffsetDateTime.parse(value);
            } catch (DateTimeParseException e) {
                problems.add(field + " is not an ISO-8601 time with offset");
            }
        }
        return this;
    }

    /** A date as the producers write it: yyyy-MM-dd. */
    Fields date(String field, String value) {
        if (value == null) {
            return missing(field);
        }
        try {
            java.time.LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(field + " is not a yyyy-MM-dd date");
        }
        return this;
    }

    void check(CloudEvent event) {
        if (!problems.isEmpty()) {
            throw new UnprocessableEvent(event.type() + " " + event.id() + ": " + String.join("; ", problems));
        }
    }

    private Fields missing(String field) {
        problems.add(field + " is missing");
        return this;
    }
}

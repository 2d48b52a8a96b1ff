package cn.hazardledger.notifyservice.routing;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Something that happened and may be worth telling people: a consumed event, or one of this service's own
 * follow-ups (a subject still overdue days later). Reads the fields routing needs from the event's data, whether
 * the event carries them at its top level (hazard.reported.v1, task events) or in its hazard snapshot.
 *
 * @param id   the event's id, or a follow-up's own stable id: one notification per id and recipient
 * @param type the event type, e.g. hazard.overdue.v1, or a follow-up type such as hazard.still-overdue
 */
public record Occurrence(UUID id, String type, JsonNode data) {

    public Optional<String> text(String field) {
        JsonNode value = data.path(field);
        if (!value.isTextual()) {
            value = data.path("hazard").path(field);
        }
        return value.isTextual() && !value.asText().isBlank() ? Optional.of(value.asText()) : Optional.empty();
    }

    public String regionCode() {
        return text("regionCode").orElseThrow();
    }

    public Optional<String> industry() {
        return text("industry");
    }

    public Optional<String> level() {
        return text("level");
    }

    /** The hazard it is about, if any: hazard events name it, task events may. */
    public Optional<String> hazardId() {
        return text("hazardId");
    }

    public JsonNode hazard() {
        return data.path("hazard");
    }

    public List<String> names(String field) {
        List<String> names = new ArrayList<>();
        data.path(field).forEach(n -> {
            if (n.isTextual() && !n.asText().isBlank()) {
                names.add(n.asText().strip());
            }
        });
        return names;
    }
}

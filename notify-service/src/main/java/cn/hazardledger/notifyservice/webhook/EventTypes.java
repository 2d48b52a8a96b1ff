package cn.hazardledger.notifyservice.webhook;

import cn.hazardledger.notifyservice.events.EventCatalogue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a subscription may ask for: exact types from the catalogue ({@link EventCatalogue}) and prefixes ending in {@code .*}, which also take the types and versions producers add later.
 */
public final class EventTypes {

    static final Set<String> CATALOGUE = EventCatalogue.TYPES;

    static final int MAX = 50;

    private EventTypes() {
    }

    /** Whether a type is asked for by any of the patterns (checked by {@link #problems}). */
    public static boolean matches(List<String> patterns, String type) {
        for (String p : patterns) {
            if (p.equals("*") || p.equals(type) || p.endsWith(".*") && type.startsWith(p.substring(0, p.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Each pattern that cannot be asked for, as (index, reason); empty when all can. */
    public static List<Problem> problems(List<String> patterns) {
        List<Problem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < patterns.size(); i++) {
            String p = patterns.get(i);
            if (!seen.add(p)) {
                problems.add(new Problem(i, "is given twice"));
                continue;
            }
            int index = i;
            reason(p).ifPresent(r -> problems.add(new Problem(index, r)));
        }
        return problems;
    }

    public record Problem(int index, String reason) {
    }

    private static Optional<String> reason(String p) {
        if (p.equals("*") || CATALOGUE.contains(p)) {
            return Optional.empty();
        }
        if (p.endsWith(".*")) {
            String prefix = p.substring(0, p.length() - 1);
            if (prefix.length() > 1 && CATALOGUE.stream().anyMatch(t -> t.startsWith(prefix))) {
                return Optional.empty();
            }
            return Optional.of("no event type of the catalogue starts with " + prefix + " (known families: hazard.*, "
                    + "task.*, campaign.*)");
        }
        return Optional.of("is not an event type of the catalogue (deploy/asyncapi.yaml), e.g. hazard.closed.v1, "
                + "nor a prefix such as hazard.*");
    }
}

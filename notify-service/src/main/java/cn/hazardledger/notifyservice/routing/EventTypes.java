package cn.hazardledger.notifyservice.routing;

import cn.hazardledger.notifyservice.events.EventCatalogue;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * The event types a rule may name: those of the catalogue ({@link EventCatalogue}) and this service's own
 * follow-ups. hazard.imported.v1 is left out: an imported ledger tells nobody.
 */
public final class EventTypes {

    public static final Set<String> ROUTABLE = routable();

    /** Types whose events describe a hazard, so that industry and level conditions mean something. */
    public static boolean aboutHazards(String type) {
        return type.startsWith("hazard.");
    }

    private EventTypes() {
    }

    private static Set<String> routable() {
        Set<String> types = new TreeSet<>(EventCatalogue.TYPES);
        types.remove("hazard.imported.v1");
        types.add(DefaultRules.STILL_OVERDUE_HAZARD);
        types.add(DefaultRules.STILL_OVERDUE_TASK);
        return Collections.unmodifiableSet(types);
    }
}

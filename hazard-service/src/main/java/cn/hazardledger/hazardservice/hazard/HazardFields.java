package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.chassis.web.ProblemException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@code fields} selection: a phone on a slow network asks for the few properties its list shows
 * (fields=title,status,level,deadline) instead of whole hazards. The id always comes along, so that an item
 * can be opened and matched with the changes feed.
 */
public record HazardFields(Set<String> names) {

    private static final Set<String> KNOWN = Arrays.stream(HazardView.class.getRecordComponents())
            .map(c -> c.getName()).collect(Collectors.toCollection(LinkedHashSet::new));

    /** Null when every property is wanted. */
    public static HazardFields of(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Set<String> names = new LinkedHashSet<>();
        names.add("id");
        for (String name : value.split(",")) {
            String field = name.trim();
            if (!KNOWN.contains(field)) {
                throw ProblemException.invalidField("fields", "'" + (field.length() > 40 ? field.substring(0, 40) : field)
                        + "' is not a property of a hazard; known: " + String.join(", ", KNOWN));
            }
            names.add(field);
        }
        return new HazardFields(names);
    }

    public ObjectNode select(HazardView view, ObjectMapper json) {
        ObjectNode node = json.valueToTree(view);
        node.retain(names);
        return node;
    }
}

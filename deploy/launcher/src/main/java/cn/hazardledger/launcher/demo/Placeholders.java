package cn.hazardledger.launcher.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.time.LocalDate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills what a story cannot know when it is written: {@code ${hazard:KEY}} (the id hazard-service gave that hazard),
 * {@code ${evidence:NAME}} (the id of this hazard's upload of that name), {@code ${date:+N}} (N days after the
 * step's day) and {@code ${year}} (the step's year). Dates are China dates, as hazard-service reads deadlines.
 */
final class Placeholders {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{(hazard|evidence|date|year)(?::([^}]*))?}");

    /** Ids the story refers to; each answers null when there is no such hazard or upload (yet). */
    interface Ids {
        String hazard(String key);

        String evidence(String name);
    }

    private Placeholders() {
    }

    /** A copy of {@code body} with every placeholder filled; IllegalArgumentException for one that cannot be. */
    static JsonNode fill(JsonNode body, LocalDate stepDate, Ids ids) {
        return map(body.deepCopy(), text -> {
            Matcher m = PLACEHOLDER.matcher(text);
            StringBuilder filled = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(filled, Matcher.quoteReplacement(value(m.group(1), m.group(2), stepDate, ids)));
            }
            m.appendTail(filled);
            if (filled.indexOf("${") >= 0) {
                throw new IllegalArgumentException("unknown placeholder in \"" + text + "\"");
            }
            return filled.toString();
        });
    }

    private static String value(String kind, String argument, LocalDate stepDate, Ids ids) {
        String value = switch (kind) {
            case "hazard" -> ids.hazard(argument);
            case "evidence" -> ids.evidence(argument);
            case "date" -> argument != null && argument.matches("\\+\\d{1,4}")
                    ? stepDate.plusDays(Integer.parseInt(argument.substring(1))).toString() : null;
            default -> Integer.toString(stepDate.getYear());
        };
        if (value == null) {
            throw new IllegalArgumentException("${" + kind + (argument == null ? "" : ":" + argument)
                    + "} names nothing taken before this step");
        }
        return value;
    }

    private static JsonNode map(JsonNode node, UnaryOperator<String> text) {
        if (node.isTextual()) {
            return TextNode.valueOf(text.apply(node.asText()));
        }
        if (node instanceof ObjectNode object) {
            object.fields().forEachRemaining(f -> f.setValue(map(f.getValue(), text)));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, map(array.get(i), text));
            }
        }
        return node;
    }
}

package cn.hazardledger.launcher.demo;

import cn.hazardledger.launcher.Identity;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The demo ledger as demo-hazards.json tells it: the actors (who a token speaks for) and, per hazard, its story as
 * steps on days of the demo's history. Read and checked here, taken by {@link DemoData}.
 */
public record DemoStory(Map<String, Identity> actors, List<HazardStory> hazards) {

    static final String RESOURCE = "/demo-hazards.json";

    /** One hazard: its key (the prefix of its steps' Idempotency-Keys), what happens to it in words, and its steps. */
    public record HazardStory(String key, String story, List<Step> steps) {
    }

    /**
     * On {@code day} (0 today, -20 twenty days ago) {@code actor} takes a step: with a JSON {@code body}, or for an
     * upload a generated photo named {@code name} in the story, sent as {@code fileName} with {@code caption}.
     */
    public record Step(int day, String actor, StepKind kind, JsonNode body, String name, String fileName, String caption) {
    }

    public static DemoStory bundled() throws IOException {
        try (InputStream in = DemoStory.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is not on the class path");
            }
            return parse(new ObjectMapper().readTree(in));
        }
    }

    /** Throws IllegalArgumentException naming the hazard and step that break the story's rules. */
    static DemoStory parse(JsonNode root) {
        Map<String, Identity> actors = new LinkedHashMap<>();
        root.path("actors").fields().forEachRemaining(a -> actors.put(a.getKey(), identity(a.getKey(), a.getValue())));
        List<HazardStory> hazards = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (JsonNode h : root.path("hazards")) {
            String key = h.path("key").asText();
            if (!key.matches("[\\x21-\\x7e]{1,190}") || !keys.add(key)) {
                throw new IllegalArgumentException("hazard key \"" + key + "\" is missing, not visible ASCII or given twice");
            }
            List<Step> steps = new ArrayList<>();
            for (JsonNode s : h.path("steps")) {
                steps.add(step(key, steps.size() + 1, s, actors, steps.isEmpty() ? null : steps.get(steps.size() - 1)));
            }
            if (steps.isEmpty() || steps.get(0).kind() != StepKind.REPORT
                    || steps.stream().skip(1).anyMatch(s -> s.kind() == StepKind.REPORT)) {
                throw new IllegalArgumentException(key + ": a story begins with its one report");
            }
            hazards.add(new HazardStory(key, h.path("story").asText(), List.copyOf(steps)));
        }
        return new DemoStory(Map.copyOf(actors), List.copyOf(hazards));
    }

    /** The days the story happens on, earliest first, always ending today (0): hazard-service ends at the real time. */
    public List<Integer> days() {
        TreeSet<Integer> days = new TreeSet<>();
        hazards.forEach(h -> h.steps().forEach(s -> days.add(s.day())));
        days.add(0);
        return List.copyOf(days);
    }

    public int firstDay() {
        return days().get(0);
    }

    private static Identity identity(String id, JsonNode a) {
        Identity who = Identity.of(a.path("role").asText(), a.path("region").asText(), a.path("subject").asText())
                .named(text(a, "name")).ofEnterprise(text(a, "creditCode"));
        if (a.has("unit")) {
            who = who.ofUnit(text(a.get("unit"), "code"), text(a.get("unit"), "name"));
        }
        try {
            who.requireValid();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("actor " + id + ": " + e.getMessage(), e);
        }
        return who;
    }

    private static Step step(String key, int number, JsonNode s, Map<String, Identity> actors, Step previous) {
        String where = key + " step " + number + ": ";
        try {
            StepKind kind = StepKind.of(s.path("do").asText());
            if (!s.path("day").isInt() || s.get("day").asInt() > 0) {
                throw new IllegalArgumentException("day must be a whole number of days, 0 (today) or before");
            }
            int day = s.get("day").asInt();
            if (previous != null && day < previous.day()) {
                throw new IllegalArgumentException("day " + day + " is before the previous step's, " + previous.day());
            }
            String actor = s.path("as").asText();
            if (!actors.containsKey(actor)) {
                throw new IllegalArgumentException("no actor \"" + actor + "\"");
            }
            JsonNode body = s.get("body");
            if (kind == StepKind.EVIDENCE) {
                if (body != null || text(s, "name") == null || text(s, "fileName") == null) {
                    throw new IllegalArgumentException("an upload has a name and a fileName (and a caption), no body");
                }
            } else if (body == null || !body.isObject()) {
                throw new IllegalArgumentException("a " + kind.word + " has a JSON object as its body");
            }
            return new Step(day, actor, kind, body, text(s, "name"), text(s, "fileName"), text(s, "caption"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}

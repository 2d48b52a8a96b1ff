package cn.hazardledger.launcher.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Turns operations and families into hostile requests, one round at a time: a round is every variant of every
 * family for every operation, interleaved so that any prefix of it is spread over all (operation, family) pairs;
 * the few hundred requests of the test command thus touch nearly every pair once. Later rounds draw new random
 * values (numbers, ids, keys, tokens). A request is made from its target's baseline as it is when the request is
 * due, so that a target re-aimed at a new object ({@link #invalidate}) is used at once.
 */
public final class Generator {

    /** The {@code index}-th variant of {@code family} for {@code target}. */
    public record Slot(Target target, Family family, int index) {
    }

    private final List<Target> targets;
    private final List<Family> families;
    private final Random rnd;
    private final Map<Target, Map<Family, List<HostileRequest>>> made = new HashMap<>();

    public Generator(List<Target> targets, List<Family> families, Random rnd) {
        this.targets = targets;
        this.families = families;
        this.rnd = rnd;
    }

    public List<Slot> round() {
        made.clear();
        List<List<Slot>> groups = new ArrayList<>();
        for (Target t : targets) {
            for (Family f : families) {
                int n = variants(t, f).size();
                if (n > 0) {
                    List<Slot> slots = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        slots.add(new Slot(t, f, i));
                    }
                    Collections.shuffle(slots, rnd);
                    groups.add(slots);
                }
            }
        }
        Collections.shuffle(groups, rnd);
        List<Slot> round = new ArrayList<>();
        for (int i = 0; ; i++) {
            boolean any = false;
            for (List<Slot> g : groups) {
                if (i < g.size()) {
                    round.add(g.get(i));
                    any = true;
                }
            }
            if (!any) {
                return round;
            }
        }
    }

    /** The request for a slot, or null when its family no longer has that many variants for the target. */
    public HostileRequest request(Slot slot) {
        List<HostileRequest> variants = variants(slot.target(), slot.family());
        return slot.index() < variants.size() ? variants.get(slot.index()) : null;
    }

    /** Forgets the requests made from {@code target}'s old baseline. */
    public void invalidate(Target target) {
        made.remove(target);
    }

    private List<HostileRequest> variants(Target t, Family f) {
        return made.computeIfAbsent(t, k -> new HashMap<>()).computeIfAbsent(f, k -> List.copyOf(f.apply(t)));
    }

    /** All the requests of one round, in order (for tests). */
    public List<HostileRequest> requests() {
        List<HostileRequest> out = new ArrayList<>();
        for (Slot s : round()) {
            HostileRequest r = request(s);
            if (r != null) {
                out.add(r);
            }
        }
        return out;
    }

    /** For each operation, the families that have variants for it and how many. */
    public Map<String, Map<String, Integer>> coverage() {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (Target t : targets) {
            Map<String, Integer> byFamily = new LinkedHashMap<>();
            for (Family f : families) {
                int n = f.apply(t).size();
                if (n > 0) {
                    byFamily.put(f.name(), n);
                }
            }
            out.put(t.op().key(), byFamily);
        }
        return out;
    }
}

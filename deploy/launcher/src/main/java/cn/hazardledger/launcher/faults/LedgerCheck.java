package cn.hazardledger.launcher.faults;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The hazards' own history against what the clients were told and what was published: every acknowledged step is
 * in its hazard's ledger exactly once; every entry of every hazard of the run has exactly one outbox row and
 * exactly one event on hazard.events (one ce_id: a record sent again after a crash carries the same one), and no
 * event speaks of an entry that does not exist; every acknowledged upload is kept once and cited by the submission
 * that named it; each hazard stands where its last acknowledged step left it.
 */
final class LedgerCheck {

    /** The events that predate {@code step.entrySequence}: each belongs to the one entry of its action. */
    private static final Map<String, String> ACTION_OF_TYPE = Map.of("hazard.reported.v1", "REPORT",
            "hazard.confirmed.v1", Ledger.CONFIRM, "hazard.rejected.v1", Ledger.REJECT);

    /** One entry of a hazard's ledger. */
    private record Entry(String hazardId, int sequence, String action) {
    }

    /** An event as published: its record key (the hazard), ce_type, ce_id, JSON payload and place on the topic. */
    record Published(String hazardId, String type, String ceId, String payload, int partition, long offset) {

        Published(String hazardId, String type, String ceId, String payload) {
            this(hazardId, type, ceId, payload, 0, -1);
        }

        static Published of(ConsumerRecord<byte[], byte[]> r) {
            return new Published(Topics.key(r), Topics.header(r, "ce_type"), Topics.header(r, "ce_id"),
                    r.value() == null ? null : new String(r.value(), StandardCharsets.UTF_8), r.partition(), r.offset());
        }
    }

    /**
     * What hazard-service holds and published, as rows: entries {hazard_id, sequence, action}, outbox rows {id,
     * aggregate_id, type, payload}, evidence {id, hazard_id, entry_sequence}, and the records on hazard.events.
     */
    record Holdings(List<String[]> entries, List<String[]> outbox, List<String[]> evidence, List<Published> events) {

        static Holdings read(Databases db, List<ConsumerRecord<byte[], byte[]>> hazardEvents) throws Exception {
            return new Holdings(db.query("hazard", "SELECT hazard_id, sequence, action FROM hazard_entry"),
                    db.query("hazard", "SELECT id, aggregate_id, type, payload FROM outbox_event"),
                    db.query("hazard", "SELECT id, hazard_id, entry_sequence FROM evidence"),
                    hazardEvents.stream().map(Published::of).toList());
        }
    }

    private final Ledger ledger;
    private final List<Reconciler.Finding> findings;
    private final Map<String, String> phaseOfHazard;

    LedgerCheck(Ledger ledger, Map<String, String> phaseOfHazard, List<Reconciler.Finding> findings) {
        this.ledger = ledger;
        this.phaseOfHazard = phaseOfHazard;
        this.findings = findings;
    }

    /**
     * @param hazards the run's hazards: id to {id, title, status, level}
     * @return the hazards whose events first reached the topic in another order than their entries were written
     */
    List<String> check(Map<String, String[]> hazards, Holdings held) {
        Map<String, List<Entry>> entries = new HashMap<>();
        for (String[] row : held.entries()) {
            if (hazards.containsKey(row[0])) {
                entries.computeIfAbsent(row[0], k -> new ArrayList<>())
                        .add(new Entry(row[0], Integer.parseInt(row[1]), row[2]));
            }
        }
        Map<String, String> stepPhase = acknowledgedSteps(hazards, entries);
        Map<String, Set<String>> outboxAt = new HashMap<>();
        for (String[] row : held.outbox()) {
            place(outboxAt, entries, hazards, row[1], row[2], row[3], row[0], "outbox row");
        }
        Map<String, Set<String>> publishedAt = new HashMap<>();
        Map<String, List<Published>> firstCopies = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Published p : held.events()) {
            if (p.hazardId() == null || !hazards.containsKey(p.hazardId()) || p.payload() == null) {
                continue;   // another run's hazard, or a poison record
            }
            place(publishedAt, entries, hazards, p.hazardId(), p.type(), p.payload(), p.ceId(), "event");
            if (seen.add(p.ceId())) {
                firstCopies.computeIfAbsent(p.hazardId(), k -> new ArrayList<>()).add(p);
            }
        }
        for (List<Entry> ofHazard : entries.values()) {
            for (Entry e : ofHazard) {
                String at = e.hazardId() + "#" + e.sequence();
                String phase = stepPhase.getOrDefault(e.hazardId() + "/" + e.action(),
                        phaseOfHazard.getOrDefault(e.hazardId(), Reconciler.UNACKNOWLEDGED));
                exactlyOne(outboxAt.get(at), phase, "outbox row for entry " + e.sequence() + " (" + e.action()
                        + ") of hazard " + e.hazardId());
                exactlyOne(publishedAt.get(at), phase, "event on hazard.events for entry " + e.sequence() + " ("
                        + e.action() + ") of hazard " + e.hazardId());
            }
        }
        checkUploads(hazards, entries, held.evidence());
        checkStatus(hazards);
        return order(firstCopies, entries);
    }

    /**
     * Each hazard's events, each at its first copy on the topic (a copy sent again after a crash may come later),
     * in the order of the entries they report: a consumer reading the partition sees the steps as they were taken.
     */
    private static List<String> order(Map<String, List<Published>> firstCopies, Map<String, List<Entry>> entries) {
        List<String> problems = new ArrayList<>();
        firstCopies.forEach((hazardId, copies) -> {
            List<Integer> sequences = copies.stream()
                    .sorted(java.util.Comparator.comparingInt(Published::partition).thenComparingLong(Published::offset))
                    .map(p -> sequence(entries.getOrDefault(hazardId, List.of()), p.type(), p.payload()))
                    .filter(java.util.Objects::nonNull).toList();
            for (int i = 1; i < sequences.size(); i++) {
                if (sequences.get(i) <= sequences.get(i - 1)) {
                    problems.add("the events of hazard " + hazardId + " reached hazard.events as entries " + sequences);
                    return;
                }
            }
        });
        return problems;
    }

    /** Each acknowledged step's entry, exactly once; answers the phase of each (hazard/action) acknowledged. */
    private Map<String, String> acknowledgedSteps(Map<String, String[]> hazards, Map<String, List<Entry>> entries) {
        Map<String, String> phases = new HashMap<>();
        for (Ledger.Report r : ledger.reports()) {
            phases.put(r.hazardId() + "/REPORT", r.phase());
            if (hazards.containsKey(r.hazardId())) {
                count(entries, r.hazardId(), "REPORT", r.phase(), "report");
            }
        }
        for (Ledger.Step s : ledger.steps()) {
            phases.put(s.hazardId() + "/" + s.action(), s.phase());
            count(entries, s.hazardId(), s.action(), s.phase(), "step");
        }
        return phases;
    }

    private void count(Map<String, List<Entry>> entries, String hazardId, String action, String phase, String what) {
        long n = entries.getOrDefault(hazardId, List.of()).stream().filter(e -> e.action().equals(action)).count();
        if (n == 0) {
            findings.add(new Reconciler.Finding(phase, false, "acknowledged " + what + " " + action + " of hazard "
                    + hazardId + " is not in its ledger"));
        } else if (n > 1) {
            findings.add(new Reconciler.Finding(phase, true, n + " " + action + " entries in the ledger of hazard "
                    + hazardId + " for one acknowledged " + what));
        }
    }

    /** Files an outbox row or a published event under the entry it reports ("hazard#sequence"). */
    private void place(Map<String, Set<String>> at, Map<String, List<Entry>> entries, Map<String, String[]> hazards,
                       String hazardId, String type, String payload, String ceId, String what) {
        if (!hazards.containsKey(hazardId)) {
            return;
        }
        Integer sequence = sequence(entries.getOrDefault(hazardId, List.of()), type, payload);
        if (sequence == null) {
            return;   // not an event of a ledger step (the deadline watch's alerts)
        }
        boolean exists = entries.getOrDefault(hazardId, List.of()).stream().anyMatch(e -> e.sequence() == sequence);
        if (!exists) {
            findings.add(new Reconciler.Finding(phaseOfHazard.getOrDefault(hazardId, Reconciler.UNACKNOWLEDGED), true,
                    what + " " + ceId + " (" + type + ") reports entry " + sequence + " of hazard " + hazardId
                            + ", which its ledger does not hold"));
            return;
        }
        at.computeIfAbsent(hazardId + "#" + sequence, k -> new HashSet<>()).add(ceId);
    }

    private static Integer sequence(List<Entry> entries, String type, String payload) {
        String action = ACTION_OF_TYPE.get(type);
        if (action != null) {
            return entries.stream().filter(e -> e.action().equals(action)).map(Entry::sequence).findFirst().orElse(-1);
        }
        try {
            JsonNode step = Client.JSON.readTree(payload).path("step");
            return step.path("entrySequence").isInt() ? step.get("entrySequence").asInt() : null;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private void exactlyOne(Set<String> ids, String phase, String what) {
        int n = ids == null ? 0 : ids.size();
        if (n == 0) {
            findings.add(new Reconciler.Finding(phase, false, "no " + what));
        } else if (n > 1) {
            findings.add(new Reconciler.Finding(phase, true, n + " different ids " + ids + " for the one " + what));
        }
    }

    /** Every acknowledged upload kept once, nothing kept twice, and the submission cites it. */
    private void checkUploads(Map<String, String[]> hazards, Map<String, List<Entry>> entries, List<String[]> kept) {
        Map<String, String[]> evidence = new HashMap<>();
        Map<String, Integer> perHazard = new HashMap<>();
        for (String[] row : kept) {
            if (hazards.containsKey(row[1])) {
                evidence.put(row[0], row);
                perHazard.merge(row[1], 1, Integer::sum);
            }
        }
        Map<String, Integer> acknowledged = new HashMap<>();
        for (Ledger.Upload u : ledger.uploads()) {
            acknowledged.merge(u.hazardId(), 1, Integer::sum);
            String[] e = evidence.get(u.evidenceId());
            if (e == null || !e[1].equals(u.hazardId())) {
                findings.add(new Reconciler.Finding(u.phase(), false, "acknowledged upload " + u.evidenceId()
                        + " of hazard " + u.hazardId() + " is not kept"));
                continue;
            }
            Integer submitted = entries.getOrDefault(u.hazardId(), List.of()).stream()
                    .filter(x -> x.action().equals(Walk.SUBMIT)).map(Entry::sequence).findFirst().orElse(null);
            if (submitted != null && !String.valueOf(submitted).equals(e[2])) {
                findings.add(new Reconciler.Finding(u.phase(), false, "evidence " + u.evidenceId() + " is cited by entry "
                        + e[2] + ", not by the submission (entry " + submitted + ") of hazard " + u.hazardId()));
            }
        }
        perHazard.forEach((hazardId, n) -> {
            int allowed = acknowledged.getOrDefault(hazardId, 0) + (ledger.inDoubt().containsKey(hazardId) ? 1 : 0);
            if (n > allowed) {
                findings.add(new Reconciler.Finding(phaseOfHazard.getOrDefault(hazardId, Reconciler.UNACKNOWLEDGED),
                        true, n + " pieces of evidence kept for " + allowed + " acknowledged uploads of hazard " + hazardId));
            }
        });
    }

    /** A hazard stands where its last acknowledged step left it, or where the step given up on would have. */
    private void checkStatus(Map<String, String[]> hazards) {
        Map<String, List<Ledger.Step>> steps = ledger.stepsByHazard();
        Map<String, String> doubt = ledger.inDoubt();
        for (Ledger.Report r : ledger.reports()) {
            String[] h = hazards.get(r.hazardId());
            if (h == null) {
                continue;
            }
            List<Ledger.Step> taken = steps.getOrDefault(r.hazardId(), List.of());
            Ledger.Step last = taken.isEmpty() ? null : taken.get(taken.size() - 1);
            String expected = last == null ? "REPORTED" : last.statusAfter();
            if (!h[2].equals(expected) && !h[2].equals(doubt.get(r.hazardId()))) {
                findings.add(new Reconciler.Finding(last == null ? r.phase() : last.phase(), false, "hazard "
                        + r.hazardId() + " is " + h[2] + " though its last acknowledged step left it " + expected));
            }
        }
    }
}

package cn.hazardledger.launcher.faults;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The fault suite's ledger reconciliation, on rows made here: what it calls lost, doubled, or fine. */
class LedgerCheckTest {

    private static final String H = "7b0e3c52-1f7a-4d55-9a3e-0c6f1d2b9e80";
    private static final String PHASE = "hazard-service killed";

    private final Ledger ledger = new Ledger();
    private final List<String[]> entries = new ArrayList<>();
    private final List<String[]> outbox = new ArrayList<>();
    private final List<String[]> evidence = new ArrayList<>();
    private final List<LedgerCheck.Published> events = new ArrayList<>();
    private String status = "CLOSED";

    /** A hazard walked to closure, acknowledged at every step, held and published exactly once. */
    private void walked() {
        ledger.reported(new Ledger.Report("故障演练 #1", H, false, PHASE));
        step(1, "REPORT", "hazard.reported.v1", "{\"hazardId\":\"" + H + "\"}");
        acknowledged(2, Ledger.CONFIRM, "CONFIRMED", "hazard.confirmed.v1", "{\"hazardId\":\"" + H + "\"}");
        acknowledged(3, Walk.PLAN, "RECTIFYING", "hazard.rectification-planned.v1", payload(3));
        ledger.uploaded(new Ledger.Upload(H, "e1", PHASE));
        evidence.add(new String[] {"e1", H, "4"});
        acknowledged(4, Walk.SUBMIT, "SUBMITTED", "hazard.submitted.v1", payload(4));
        acknowledged(5, Walk.CLOSE, "CLOSED", "hazard.closed.v1", payload(5));
    }

    private void acknowledged(int sequence, String action, String statusAfter, String type, String payload) {
        ledger.stepped(new Ledger.Step(H, action, statusAfter, PHASE));
        step(sequence, action, type, payload);
    }

    private void step(int sequence, String action, String type, String payload) {
        entries.add(new String[] {H, Integer.toString(sequence), action});
        String ceId = "ce-" + sequence;
        outbox.add(new String[] {ceId, H, type, payload});
        events.add(new LedgerCheck.Published(H, type, ceId, payload));
    }

    private static String payload(int sequence) {
        return "{\"hazard\":{\"hazardId\":\"" + H + "\"},\"step\":{\"entrySequence\":" + sequence + "}}";
    }

    private List<Reconciler.Finding> findings() {
        List<Reconciler.Finding> findings = new ArrayList<>();
        orderProblems = new LedgerCheck(ledger, Map.of(H, PHASE), findings).check(
                Map.of(H, new String[] {H, "故障演练 #1", status, "GENERAL"}),
                new LedgerCheck.Holdings(entries, outbox, evidence, onTheTopic()));
        return findings;
    }

    private List<String> orderProblems;

    /** The events at offsets in the order they are listed. */
    private List<LedgerCheck.Published> onTheTopic() {
        List<LedgerCheck.Published> placed = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            LedgerCheck.Published e = events.get(i);
            placed.add(new LedgerCheck.Published(e.hazardId(), e.type(), e.ceId(), e.payload(), 0, i));
        }
        return placed;
    }

    @Test
    void eventsReachTheTopicInTheOrderOfTheirEntriesAndACopySentAgainLaterIsNoDisorder() {
        walked();
        events.add(events.get(2));
        assertThat(findings()).isEmpty();
        assertThat(orderProblems).isEmpty();

        events.remove(events.size() - 1);
        events.add(1, events.remove(3));
        assertThat(findings()).isEmpty();
        assertThat(orderProblems).singleElement().asString().contains("[1, 4, 2, 3, 5]");
    }

    @Test
    void aWalkHeldOnceIsFineAndARecordSentAgainWithItsIdIsNoDoubling() {
        walked();
        events.add(events.get(3));
        assertThat(findings()).isEmpty();
    }

    @Test
    void anEntryWhoseEventNeverReachedTheTopicIsLost() {
        walked();
        events.removeIf(e -> e.ceId().equals("ce-4"));
        assertThat(findings()).singleElement().satisfies(f -> {
            assertThat(f.doubled()).isFalse();
            assertThat(f.phase()).isEqualTo(PHASE);
            assertThat(f.what()).contains("no event on hazard.events for entry 4 (SUBMIT_RECTIFICATION)");
        });
    }

    @Test
    void twoEventsForOneEntryAreADoubling() {
        walked();
        outbox.add(new String[] {"ce-5b", H, "hazard.closed.v1", payload(5)});
        events.add(new LedgerCheck.Published(H, "hazard.closed.v1", "ce-5b", payload(5)));
        assertThat(findings()).hasSize(2).allSatisfy(f -> assertThat(f.doubled()).isTrue());
    }

    @Test
    void anEventOfAnEntryTheLedgerDoesNotHoldIsADoubling() {
        walked();
        events.add(new LedgerCheck.Published(H, "hazard.closed.v1", "ce-6", payload(6)));
        assertThat(findings()).singleElement().satisfies(f -> {
            assertThat(f.doubled()).isTrue();
            assertThat(f.what()).contains("entry 6");
        });
    }

    @Test
    void anAcknowledgedStepMissingFromTheLedgerIsLostAndOneTwiceIsDoubled() {
        walked();
        entries.removeIf(e -> e[2].equals(Walk.CLOSE));
        outbox.removeIf(o -> o[0].equals("ce-5"));
        events.removeIf(e -> e.ceId().equals("ce-5"));
        status = "SUBMITTED";
        assertThat(findings()).extracting(Reconciler.Finding::what).containsExactlyInAnyOrder(
                "acknowledged step CLOSE of hazard " + H + " is not in its ledger",
                "hazard " + H + " is SUBMITTED though its last acknowledged step left it CLOSED");

        entries.add(new String[] {H, "5", Walk.CLOSE});
        entries.add(new String[] {H, "6", Walk.CLOSE});
        status = "CLOSED";
        assertThat(findings()).anySatisfy(f -> {
            assertThat(f.doubled()).isTrue();
            assertThat(f.what()).contains("2 CLOSE entries");
        });
    }

    @Test
    void aStepGivenUpOnMayHaveBeenTaken() {
        walked();
        ledger.inDoubt(H, "REOPENED-OR-WHATEVER");
        status = "REOPENED-OR-WHATEVER";
        assertThat(findings()).isEmpty();
    }

    @Test
    void anUploadKeptTwiceOrNotAtAllOrNotCitedBySubmissionIsFound() {
        walked();
        evidence.add(new String[] {"e2", H, null});
        assertThat(findings()).singleElement().satisfies(f -> assertThat(f.doubled()).isTrue());

        evidence.clear();
        assertThat(findings()).singleElement().satisfies(f -> assertThat(f.what()).contains("upload e1").contains("not kept"));

        evidence.add(new String[] {"e1", H, null});
        assertThat(findings()).singleElement().satisfies(f -> assertThat(f.what()).contains("not by the submission"));
    }
}

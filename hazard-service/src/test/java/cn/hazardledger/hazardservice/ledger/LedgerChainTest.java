package cn.hazardledger.hazardservice.ledger;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The chain's rule without a database: any change, removal or reordering of an entry is found. */
class LedgerChainTest {

    private static final Instant T0 = Instant.parse("2026-11-26T02:00:00.123456Z");

    @Test
    void anUntouchedLedgerIsIntact() {
        assertThat(LedgerChain.verify(chain(4), head(chain(4)))).isEqualTo(new LedgerChain.Verdict(true, 4, null, null));
    }

    @Test
    void aChangedNoteBreaksTheChainAtItsEntry() {
        List<LedgerChain.Link> links = chain(4);
        LedgerChain.Link second = links.get(1);
        LedgerChain.Content c = second.content();
        links.set(1, new LedgerChain.Link(new LedgerChain.Content(c.hazardId(), c.sequence(), c.action(), c.statusAfter(),
                c.actor(), c.actorRole(), "改过的意见", c.recordedAt()), second.previousHash(), second.hash()));
        LedgerChain.Verdict verdict = LedgerChain.verify(links, head(chain(4)));
        assertThat(verdict.intact()).isFalse();
        assertThat(verdict.brokenAt()).isEqualTo(2);
    }

    @Test
    void aRecomputedHashDoesNotHideTheChange() {
        List<LedgerChain.Link> links = chain(3);
        LedgerChain.Link second = links.get(1);
        LedgerChain.Content c = second.content();
        LedgerChain.Content forged = new LedgerChain.Content(c.hazardId(), c.sequence(), c.action(), "CLOSED",
                c.actor(), c.actorRole(), c.note(), c.recordedAt());
        links.set(1, new LedgerChain.Link(forged, second.previousHash(), LedgerChain.hash(second.previousHash(), forged)));
        assertThat(LedgerChain.verify(links, head(chain(3))).brokenAt()).isEqualTo(3);
    }

    @Test
    void aRemovedOrMissingEntryIsFound() {
        List<LedgerChain.Link> middleGone = chain(4);
        middleGone.remove(2);
        assertThat(LedgerChain.verify(middleGone, head(chain(4))).brokenAt()).isEqualTo(3);
        List<LedgerChain.Link> lastGone = chain(4);
        lastGone.remove(3);
        assertThat(LedgerChain.verify(lastGone, head(chain(4))).intact()).isFalse();
    }

    @Test
    void entriesFromBeforeTheChainAreAcceptedOnlyAtTheStart() {
        List<LedgerChain.Link> links = new ArrayList<>();
        links.add(new LedgerChain.Link(content(1, "REPORT"), null, null));
        String hash = LedgerChain.hash(null, content(2, "CONFIRM"));
        links.add(new LedgerChain.Link(content(2, "CONFIRM"), null, hash));
        assertThat(LedgerChain.verify(links, hash).intact()).isTrue();
        links.add(new LedgerChain.Link(content(3, "REJECT"), hash, null));
        assertThat(LedgerChain.verify(links, hash).brokenAt()).isEqualTo(3);
    }

    @Test
    void lineBreaksInANoteCannotForgeAnotherField() {
        LedgerChain.Content honest = new LedgerChain.Content("h", 1, "REPORT", "REPORTED", "a", "INSPECTOR",
                "x\nactorRole=TOWNSHIP", T0);
        LedgerChain.Content other = new LedgerChain.Content("h", 1, "REPORT", "REPORTED", "a", "INSPECTOR", "x", T0);
        assertThat(LedgerChain.hash(null, honest)).isNotEqualTo(LedgerChain.hash(null, other));
    }

    private static List<LedgerChain.Link> chain(int n) {
        List<LedgerChain.Link> links = new ArrayList<>();
        String previous = null;
        for (int i = 1; i <= n; i++) {
            LedgerChain.Content c = content(i, i == 1 ? "REPORT" : "CONFIRM");
            String hash = LedgerChain.hash(previous, c);
            links.add(new LedgerChain.Link(c, previous, hash));
            previous = hash;
        }
        return links;
    }

    private static String head(List<LedgerChain.Link> links) {
        return links.get(links.size() - 1).hash();
    }

    private static LedgerChain.Content content(int sequence, String action) {
        return new LedgerChain.Content("3f1c2a9e-6b1d-4c8e-9a40-2f7d0c1b5e66", sequence, action, "REPORTED", "inspector-7",
                "INSPECTOR", "第" + sequence + "条", T0.plusSeconds(sequence));
    }
}

package cn.hazardledger.hazardservice.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain of a hazard's ledger (台账, docs/domain.md): an entry's hash is SHA-256 over the previous
 * entry's hash and the entry's canonical content, so changing, removing or reordering any entry breaks every
 * hash after it. Plain Java so that the rule is tested without a database.
 */
public final class LedgerChain {

    /** What of an entry the chain covers: everything it records, in a fixed order. */
    public record Content(String hazardId, int sequence, String action, String statusAfter, String actor,
                          String actorRole, String note, Instant recordedAt, String unitCode, String signature,
                          String data) {

        public Content(String hazardId, int sequence, String action, String statusAfter, String actor,
                       String actorRole, String note, Instant recordedAt) {
            this(hazardId, sequence, action, statusAfter, actor, actorRole, note, recordedAt, null, null, null);
        }

        /**
         * One line per field, each as {@code name=value} with line breaks and backslashes escaped. Fields added
         * after the chain began (unit, signature, data) join only when present, so older entries keep their hash.
         */
        String canonical() {
            StringBuilder text = new StringBuilder(String.join("\n", "hazardId=" + hazardId, "sequence=" + sequence,
                    "action=" + action, "statusAfter=" + statusAfter, "actor=" + escape(actor), "actorRole=" + actorRole,
                    "note=" + (note == null ? "" : escape(note)), "recordedAt=" + recordedAt));
            optional(text, "unitCode", unitCode);
            optional(text, "signature", signature);
            optional(text, "data", data);
            return text.toString();
        }

        private static void optional(StringBuilder text, String name, String value) {
            if (value != null) {
                text.append('\n').append(name).append('=').append(escape(value));
            }
        }
    }

    /** An entry as stored: its content and the two hashes it holds (null for entries older than the chain). */
    public record Link(Content content, String previousHash, String hash) {
    }

    /** The answer of a check: intact, or the first entry where the chain breaks and why. */
    public record Verdict(boolean intact, int entries, Integer brokenAt, String reason) {
    }

    private LedgerChain() {
    }

    public static String hash(String previousHash, Content content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((previousHash == null ? "" : previousHash).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(content.canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Checks the links in sequence order against each other and against {@code head}, the hazard's newest hash. */
    public static Verdict verify(List<Link> links, String head) {
        String previous = null;
        boolean chained = false;
        int expected = 1;
        for (Link link : links) {
            int seq = link.content().sequence();
            if (seq != expected) {
                return broken(links, expected, "entry " + expected + " is missing or out of order");
            }
            expected++;
            if (link.hash() == null) {
                if (chained) {
                    return broken(links, seq, "entry " + seq + " has lost its hash");
                }
                continue;
            }
            if (chained && !link.hash().equals(hash(previous, link.content())) || !chained
                    && !link.hash().equals(hash(link.previousHash(), link.content()))) {
                return broken(links, seq, "entry " + seq + " does not match its hash: changed after it was written");
            }
            if (chained && !previous.equals(link.previousHash())) {
                return broken(links, seq, "entry " + seq + " does not follow the entry before it");
            }
            chained = true;
            previous = link.hash();
        }
        if (head != null && !head.equals(previous)) {
            return broken(links, links.size(), "the newest entries are missing: the hazard's head hash is not the last entry's");
        }
        return new Verdict(true, links.size(), null, null);
    }

    private static Verdict broken(List<Link> links, int at, String reason) {
        return new Verdict(false, links.size(), at, reason);
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}

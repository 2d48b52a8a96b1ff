package cn.hazardledger.launcher.ledgerbench;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash an entry of hazard-service's ledger carries (its ledger.LedgerChain: SHA-256 over the previous hash, a
 * line break and the entry's canonical lines). Written again here because the launcher shares no code with the
 * services; the bench checks one loaded ledger with GET /hazards/{id}/ledger/verify, so a drift shows at once.
 */
final class LedgerHash {

    private final MessageDigest sha;

    LedgerHash() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Optional fields (unit, signature, data) join the canonical text only when present, as the service does. */
    String hash(String previous, String hazardId, int sequence, String action, String statusAfter, String actor,
                String actorRole, String note, Instant recordedAt, String unitCode, String signature, String data) {
        StringBuilder text = new StringBuilder(256).append("hazardId=").append(hazardId).append("\nsequence=").append(sequence)
                .append("\naction=").append(action).append("\nstatusAfter=").append(statusAfter)
                .append("\nactor=").append(escape(actor)).append("\nactorRole=").append(actorRole)
                .append("\nnote=").append(note == null ? "" : escape(note)).append("\nrecordedAt=").append(recordedAt);
        optional(text, "unitCode", unitCode);
        optional(text, "signature", signature);
        optional(text, "data", data);
        sha.reset();
        sha.update((previous == null ? "" : previous).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
        sha.update(text.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void optional(StringBuilder text, String name, String value) {
        if (value != null) {
            text.append('\n').append(name).append('=').append(escape(value));
        }
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}

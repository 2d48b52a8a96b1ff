package cn.hazardledger.hazardservice.changes;

import cn.hazardledger.chassis.web.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a phone's copy of the ledger stands: the (transaction id, hazard id) of the last change it was given
 * (V8, change_xid). Opaque to clients; the same token always answers the same changes after it.
 */
public record ChangeToken(long transaction, UUID hazard) {

    /** Before every change: a phone without a token starts from the beginning of its scope. */
    public static final ChangeToken START = new ChangeToken(0, new UUID(0, 0));

    public static ChangeToken decode(String token) {
        if (token == null || token.isBlank()) {
            return START;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
            String[] parts = raw.split(":", -1);
            if (parts.length != 3 || !parts[0].equals("c1")) {
                throw notOurs();
            }
            long transaction = Long.parseLong(parts[1]);
            UUID hazard = UUID.fromString(parts[2]);
            if (transaction < 0 || !hazard.toString().equals(parts[2])) {
                throw notOurs();
            }
            return new ChangeToken(transaction, hazard);
        } catch (RuntimeException e) {
            throw notOurs();
        }
    }

    public String encode() {
        String raw = "c1:" + transaction + ":" + hazard;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    private static ProblemException notOurs() {
        return ProblemException.invalidField("since", "not a token this service issued");
    }
}

package cn.hazardledger.notifyservice.stream;

import cn.hazardledger.chassis.web.ProblemException;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A place in the inbox stream: the writing transaction's id and the notification's sequence number (V5). Sent as
 * each event's {@code id}, so that a client that lost its connection names it in {@code Last-Event-ID} and is given
 * what came after. Opaque to clients; a position is the same in every replica, since it comes from the database.
 */
public record StreamPosition(long transaction, long sequence) implements Comparable<StreamPosition> {

    public static final String HEADER = "Last-Event-ID";
    private static final String VERSION = "s1";
    /** Far longer than any token this service issues; the header is refused before it is decoded. */
    private static final int MAX_TOKEN = 100;

    /** Before every notification of {@code transaction}: where the stream stands when that is the oldest still running. */
    static StreamPosition before(long transaction) {
        return new StreamPosition(transaction, 0);
    }

    /** Null when the header is absent or empty: a browser's EventSource sends none until it was given an id. */
    public static StreamPosition decode(String token) {
        if (token == null || token.isBlank()) {
            return null;
        }
        if (token.length() > MAX_TOKEN) {
            throw notOurs();
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token.trim()), StandardCharsets.UTF_8);
            String[] parts = raw.split(":", -1);
            if (parts.length != 3 || !parts[0].equals(VERSION)) {
                throw notOurs();
            }
            StreamPosition position = new StreamPosition(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            // one spelling per position (no sign, no leading zeros, no padding), so that ids compare as text too
            if (position.transaction < 0 || position.sequence < 0 || !position.encode().equals(token.trim())) {
                throw notOurs();
            }
            return position;
        } catch (RuntimeException e) {
            throw notOurs();
        }
    }

    public String encode() {
        String raw = VERSION + ":" + transaction + ":" + sequence;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public int compareTo(StreamPosition other) {
        int byTransaction = Long.compare(transaction, other.transaction);
        return byTransaction != 0 ? byTransaction : Long.compare(sequence, other.sequence);
    }

    boolean isAfter(StreamPosition other) {
        return compareTo(other) > 0;
    }

    static StreamPosition later(StreamPosition a, StreamPosition b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static ProblemException notOurs() {
        return ProblemException.invalidField(HEADER, "not an event id this stream sent; reconnect without it to start from now");
    }
}

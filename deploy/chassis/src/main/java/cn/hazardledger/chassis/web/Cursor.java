package cn.hazardledger.chassis.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * An opaque keyset cursor (time, id): stable while rows are added, unlike offsets, so a phone paging through
 * a list on a slow network neither skips nor repeats items.
 */
public record Cursor(Instant at, UUID id) {

    /** Every time this system writes lies between these; anything outside is a forged cursor. */
    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    public String encode() {
        String raw = at.toString() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static Cursor decode(String token) {
        Cursor cursor;
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            String id = raw.substring(bar + 1);
            cursor = new Cursor(Instant.parse(raw.substring(0, bar)), UUID.fromString(id));
            // UUID.fromString also reads 1-1-1-1-1; an id this service wrote is always in canonical form
            if (!cursor.id.toString().equals(id)) {
                throw notOurs();
            }
        } catch (RuntimeException e) {
            throw notOurs();
        }
        // PostgreSQL cannot store year +1000000000, and no row of ours was written before this system existed
        if (cursor.at.isBefore(EARLIEST) || cursor.at.isAfter(LATEST)) {
            throw notOurs();
        }
        return cursor;
    }

    private static ProblemException notOurs() {
        return ProblemException.invalidField("cursor", "not a cursor this service issued");
    }
}

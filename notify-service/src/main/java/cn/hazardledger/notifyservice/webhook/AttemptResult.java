package cn.hazardledger.notifyservice.webhook;

import java.time.Duration;
import java.time.Instant;

/**
 * What one attempt came to, as a channel reports it.
 *
 * @param status   the receiver's answer code (HTTP status for webhooks); null when there was no answer
 * @param error    a short reason when not delivered
 * @param snippet  the start of the receiver's answer, capped
 */
public record AttemptResult(boolean delivered, Integer status, String error, String snippet, Instant startedAt,
                            Duration duration) {

    static final int ERROR_LENGTH = 300;

    public static AttemptResult failed(String error, Integer status, String snippet, Instant startedAt, Duration took) {
        String e = error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH - 1) + "…" : error;
        return new AttemptResult(false, status, e, snippet, startedAt, took);
    }

    public Instant finishedAt() {
        return startedAt.plus(duration);
    }
}

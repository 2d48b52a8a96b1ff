package cn.hazardledger.notifyservice.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends a delivery as an HTTP POST of its structured-mode CloudEvent, signed (docs/webhooks.md, "Verifying").
 * The URL is checked again before every send: the name that resolved to a public address when the subscription was
 * saved may resolve to 127.0.0.1 now (DNS rebinding).
 */
@ApplicationScoped
public class WebhookChannel implements DeliveryChannel {

    static final String USER_AGENT = "hazard-ledger-notify-service/1.0 (webhooks)";

    @Inject
    TargetRules targets;

    @Inject
    HttpPost http;

    @Inject
    Clock clock;

    @Override
    public AttemptResult attempt(Claimed delivery) {
        Instant started = Instant.now(clock);
        long t0 = System.nanoTime();
        try {
            String refused = targets.problemWith(delivery.target()).orElse(null);
            if (refused != null) {
                return AttemptResult.failed("target refused: url " + refused, null, null, started, since(t0));
            }
            if (delivery.unsigned() != null) {
                return AttemptResult.failed(delivery.unsigned(), null, null, started, since(t0));
            }
            byte[] body = delivery.body().getBytes(StandardCharsets.UTF_8);
            HttpPost.Answer answer = http.post(URI.create(delivery.target()), headers(delivery, body, started), body);
            Duration took = since(t0);
            if (answer.status() >= 200 && answer.status() < 300) {
                return new AttemptResult(true, answer.status(), null, answer.snippet(), started, took);
            }
            String error = answer.status() >= 300 && answer.status() < 400
                    ? "HTTP " + answer.status() + ": redirects are not followed" + (answer.location() == null ? ""
                    : " (to " + answer.location() + ")")
                    : "HTTP " + answer.status();
            return AttemptResult.failed(error, answer.status(), answer.snippet(), started, took);
        } catch (HttpConnectTimeoutException e) {
            return AttemptResult.failed("connect timed out", null, null, started, since(t0));
        } catch (HttpTimeoutException e) {
            return AttemptResult.failed("no answer within the request timeout", null, null, started, since(t0));
        } catch (ConnectException e) {
            return AttemptResult.failed("connection refused or unreachable", null, null, started, since(t0));
        } catch (IOException e) {
            return AttemptResult.failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    null, null, started, since(t0));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptResult.failed("interrupted: the service is stopping", null, null, started, since(t0));
        } catch (RuntimeException e) {
            // a URL the JDK client will not take (an odd port, say) is the subscription's problem, not the worker's
            return AttemptResult.failed("not sent: " + e.getMessage(), null, null, started, since(t0));
        }
    }

    /** webhook-id is the CloudEvent id, the same on every attempt and replay: what receivers de-duplicate on. */
    static Map<String, String> headers(Claimed delivery, byte[] body, Instant now) {
        long timestamp = now.getEpochSecond();
        String id = delivery.eventId().toString();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", StructuredCloudEvent.MEDIA_TYPE);
        headers.put("User-Agent", USER_AGENT);
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", Signatures.header(delivery.secrets(), id, timestamp, body));
        return headers;
    }

    private static Duration since(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }
}

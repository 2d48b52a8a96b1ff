package cn.hazardledger.launcher.notifylatency;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookReceiverTest {

    // the example of the Standard Webhooks specification, as notify-service's SignaturesTest signs it
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final String TIMESTAMP = "1614265330";
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    private static final Instant THEN = Instant.ofEpochSecond(1614265330L);

    @Test
    void theSpecificationsExampleIsAccepted() {
        assertThat(WebhookReceiver.verify(SECRET, ID, TIMESTAMP, SIGNATURE, BODY, THEN)).isTrue();
        // during a rotation two signatures arrive; one matching is enough
        assertThat(WebhookReceiver.verify(SECRET, ID, TIMESTAMP, "v1,AAAA " + SIGNATURE, BODY, THEN)).isTrue();
    }

    @Test
    void aChangedBodyIdOrSecretIsRefused() {
        assertThat(WebhookReceiver.verify(SECRET, ID, TIMESTAMP, SIGNATURE,
                "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8), THEN)).isFalse();
        assertThat(WebhookReceiver.verify(SECRET, "msg_other", TIMESTAMP, SIGNATURE, BODY, THEN)).isFalse();
        assertThat(WebhookReceiver.verify("whsec_" + "A".repeat(43) + "=", ID, TIMESTAMP, SIGNATURE, BODY, THEN)).isFalse();
        assertThat(WebhookReceiver.verify(SECRET, ID, TIMESTAMP, "v2," + SIGNATURE.substring(3), BODY, THEN)).isFalse();
    }

    @Test
    void aTimestampMoreThanFiveMinutesOffEitherWayIsRefused() {
        assertThat(WebhookReceiver.verify(SECRET, ID, TIMESTAMP, SIGNATURE, BODY, THEN.plusSeconds(300))).isTrue();
        assertThat(WebhookReceiver.verify(SECRET, ID, TIMESTAMP, SIGNATURE, BODY, THEN.plusSeconds(301))).isFalse();
        assertThat(WebhookReceiver.verify(SECRET, ID, TIMESTAMP, SIGNATURE, BODY, THEN.minusSeconds(301))).isFalse();
        assertThat(WebhookReceiver.verify(SECRET, ID, "soon", SIGNATURE, BODY, THEN)).isFalse();
        assertThat(WebhookReceiver.verify(SECRET, ID, null, SIGNATURE, BODY, THEN)).isFalse();
    }
}

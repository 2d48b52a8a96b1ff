package cn.hazardledger.notifyservice.webhook;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SignaturesTest {

    private static final String BODY = "{\"specversion\":\"1.0\",\"id\":\"e1\",\"data\":{\"title\":\"𠮷祥饭店液化气钢瓶\"}}";
    private static final String ID = "5b1c7c6e-0a7f-4c55-8d0e-5d5c0c7f1a01";

    @Test
    void aSecretIsThirtyTwoRandomBytesInTheStandardWebhooksForm() {
        String secret = Signatures.newSecret();
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSize(32);
        assertThat(Signatures.newSecret()).isNotEqualTo(secret);
    }

    @Test
    void theReferenceVerifierAcceptsTheSignatureAndRefusesATamperedBodyOrAnOldTimestamp() {
        String secret = Signatures.newSecret();
        Instant now = Instant.parse("2026-11-27T02:00:00Z");
        long ts = now.getEpochSecond();
        String header = Signatures.header(List.of(secret), ID, ts, BODY.getBytes(StandardCharsets.UTF_8));
        assertThat(header).startsWith("v1,");

        assertThat(ReferenceVerifier.verify(secret, ID, Long.toString(ts), header, BODY, now)).isTrue();
        assertThat(ReferenceVerifier.verify(secret, ID, Long.toString(ts), header, BODY.replace("𠮷", "吉"), now)).isFalse();
        assertThat(ReferenceVerifier.verify(secret, "another-id", Long.toString(ts), header, BODY, now)).isFalse();
        assertThat(ReferenceVerifier.verify(Signatures.newSecret(), ID, Long.toString(ts), header, BODY, now)).isFalse();
        // a captured request sent again ten minutes later: its signature is still right, its timestamp is not
        assertThat(ReferenceVerifier.verify(secret, ID, Long.toString(ts), header, BODY, now.plusSeconds(600))).isFalse();
        // and the timestamp cannot be refreshed without the secret
        assertThat(ReferenceVerifier.verify(secret, ID, Long.toString(ts + 600), header, BODY, now.plusSeconds(600))).isFalse();
    }

    @Test
    void duringARotationBothSecretsSignAndEitherVerifies() {
        String fresh = Signatures.newSecret();
        String old = Signatures.newSecret();
        Instant now = Instant.now();
        byte[] body = BODY.getBytes(StandardCharsets.UTF_8);
        String header = Signatures.header(List.of(fresh, old), ID, now.getEpochSecond(), body);
        assertThat(header.split(" ")).hasSize(2);
        String ts = Long.toString(now.getEpochSecond());
        assertThat(ReferenceVerifier.verify(fresh, ID, ts, header, BODY, now)).isTrue();
        assertThat(ReferenceVerifier.verify(old, ID, ts, header, BODY, now)).isTrue();
    }

    @Test
    void theStandardWebhooksTestVectorHolds() {
        // the example of the Standard Webhooks specification (standardwebhooks.com, "Verifying signatures")
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String body = "{\"test\": 2432232314}";
        assertThat(Signatures.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, body.getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }
}

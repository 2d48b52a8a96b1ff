package cn.hazardledger.notifyservice.webhook;

import cn.hazardledger.chassis.crypto.FieldCipher;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SecretSealTest {

    static final String KEY_1 = "aGF6YXJkLWxlZGdlci1kZXYta2V5LU5PVC1TRUNSRVQ=";
    static final String KEY_2 = "aGF6YXJkLWxlZGdlci10ZXN0LWtleS0yLXJvdGF0ZWQ=";

    private final FieldCipher cipher = FieldCipher.of(Map.of(1, KEY_1, 2, KEY_2), 2);
    private final UUID id = UUID.randomUUID();

    @Test
    void aSealedSecretNamesTheCurrentKeyHoldsNoClearTextAndOpensInItsOwnRowAndColumnOnly() {
        String secret = Signatures.newSecret();
        String sealed = SecretSeal.seal(cipher, id, SecretSeal.SECRET, secret);
        assertThat(sealed).startsWith("fc1:2:").doesNotContain(secret.substring("whsec_".length()));
        assertThat(SecretSeal.sealedWith(sealed, 2)).isTrue();
        assertThat(SecretSeal.sealedWith(sealed, 1)).isFalse();
        assertThat(SecretSeal.open(cipher, id, SecretSeal.SECRET, sealed)).isEqualTo(secret);
        assertThatThrownBy(() -> SecretSeal.open(cipher, id, SecretSeal.PREVIOUS, sealed))
                .isInstanceOf(FieldCipher.SealedValueRefused.class);
        assertThatThrownBy(() -> SecretSeal.open(cipher, UUID.randomUUID(), SecretSeal.SECRET, sealed))
                .isInstanceOf(FieldCipher.SealedValueRefused.class);
        assertThatThrownBy(() -> SecretSeal.open(cipher, id, SecretSeal.REPLAY, sealed))
                .isInstanceOf(FieldCipher.SealedValueRefused.class);
        assertThat(SecretSeal.open(cipher, id, SecretSeal.SECRET, null)).isNull();
    }

    @Test
    void anAlteredOrCutSealedSecretIsRefusedNeverTakenForASecret() {
        String sealed = SecretSeal.seal(cipher, id, SecretSeal.SECRET, Signatures.newSecret());
        int at = sealed.length() - 10;
        String altered = sealed.substring(0, at) + (sealed.charAt(at) == 'A' ? 'B' : 'A') + sealed.substring(at + 1);
        for (String bad : new String[]{altered, sealed.substring(0, 20), sealed.substring(4), "fc1:9:" + sealed.substring(6),
                "", "whsec_", "whsec_tooShort", "garbage"}) {
            assertThatThrownBy(() -> SecretSeal.open(cipher, id, SecretSeal.SECRET, bad)).as(bad)
                    .isInstanceOf(FieldCipher.SealedValueRefused.class);
        }
    }

    @Test
    void aSecretInClearFromBeforeSealingIsTakenUntilReSealedButOnlyInItsExactForm() {
        String legacy = Signatures.newSecret();
        assertThat(SecretSeal.isLegacyClear(legacy)).isTrue();
        assertThat(SecretSeal.open(cipher, id, SecretSeal.SECRET, legacy)).isEqualTo(legacy);
        assertThat(SecretSeal.sealedWith(legacy, 2)).isFalse();
        // Standard Webhooks' own example secret, 24 bytes
        assertThat(SecretSeal.isLegacyClear("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isTrue();
        assertThat(SecretSeal.isLegacyClear("whsec_" + "A".repeat(28))).as("21 bytes").isFalse();
        assertThat(SecretSeal.isLegacyClear("whsec_" + "A".repeat(88))).as("66 bytes").isFalse();
        assertThat(SecretSeal.isLegacyClear(legacy + "A")).isFalse();
        assertThat(SecretSeal.isLegacyClear(legacy.replace("whsec_", "whsek_"))).isFalse();
        assertThat(SecretSeal.isLegacyClear("whsec_" + "_".repeat(43) + "=")).as("base64url").isFalse();
        assertThat(SecretSeal.isLegacyClear("whsec_" + "A".repeat(43) + "= ")).isFalse();
    }

    @Test
    void aSecretSealedWithAnOlderKeyStillOpensAndOneWhoseKeyIsGoneIsRefused() {
        FieldCipher old = FieldCipher.of(Map.of(1, KEY_1), 1);
        String secret = Signatures.newSecret();
        String sealedWithOne = SecretSeal.seal(old, id, SecretSeal.PREVIOUS, secret);
        assertThat(sealedWithOne).startsWith("fc1:1:");
        assertThat(SecretSeal.open(cipher, id, SecretSeal.PREVIOUS, sealedWithOne)).isEqualTo(secret);
        FieldCipher onlyTwo = FieldCipher.of(Map.of(2, KEY_2), 2);
        assertThatThrownBy(() -> SecretSeal.open(onlyTwo, id, SecretSeal.PREVIOUS, sealedWithOne))
                .isInstanceOf(FieldCipher.SealedValueRefused.class).hasMessageContaining("not configured");
    }

    @Test
    void withoutAKeyThereIsNoCipherSoTheServiceDoesNotStart() {
        assertThatThrownBy(() -> FieldCipher.of(FieldCipher.parseKeys(""), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldCipher.of(FieldCipher.parseKeys("1:c2hvcnQ="), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

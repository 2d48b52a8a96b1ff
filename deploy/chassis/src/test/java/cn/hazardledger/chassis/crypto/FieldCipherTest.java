package cn.hazardledger.chassis.crypto;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldCipherTest {

    static final String KEY_1 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));
    static final String KEY_2 = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII));

    @Test
    void aSealedValueOpensWithItsAssociatedDataAndHoldsNoPlaintext() {
        FieldCipher cipher = FieldCipher.of(Map.of(1, KEY_1), 1);
        String sealed = cipher.seal("13800001234", "report-1|phone");
        assertThat(sealed).startsWith("fc1:1:").doesNotContain("13800001234");
        assertThat(cipher.open(sealed, "report-1|phone")).isEqualTo("13800001234");
        assertThat(cipher.seal("13800001234", "report-1|phone")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(cipher.seal(null, "x")).isNull();
    }

    @Test
    void aTamperedOrMovedValueDoesNotOpen() {
        FieldCipher cipher = FieldCipher.of(Map.of(1, KEY_1), 1);
        String sealed = cipher.seal("张三", "report-1|name");
        char[] chars = sealed.toCharArray();
        int last = chars.length - 3;
        chars[last] = chars[last] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> cipher.open(new String(chars), "report-1|name"))
                .isInstanceOf(FieldCipher.SealedValueRefused.class);
        assertThatThrownBy(() -> cipher.open(sealed, "report-2|name")).isInstanceOf(FieldCipher.SealedValueRefused.class);
        assertThatThrownBy(() -> cipher.open(sealed, "report-1|phone")).isInstanceOf(FieldCipher.SealedValueRefused.class);
        assertThatThrownBy(() -> cipher.open("plain text", "report-1|name")).isInstanceOf(FieldCipher.SealedValueRefused.class);
    }

    @Test
    void keysRotateWithoutDowntime() {
        FieldCipher v1 = FieldCipher.of(Map.of(1, KEY_1), 1);
        String old = v1.seal("110101199003077777", "r|id");
        // step 1: the new key is added, not yet current; step 2: it is current
        FieldCipher both = FieldCipher.of(Map.of(1, KEY_1, 2, KEY_2), 2);
        assertThat(both.open(old, "r|id")).isEqualTo("110101199003077777");
        String resealed = both.seal(both.open(old, "r|id"), "r|id");
        assertThat(FieldCipher.versionOf(resealed)).isEqualTo(2);
        // step 4: the old key is removed; what was re-sealed still opens, what was not is refused, never misread
        FieldCipher v2 = FieldCipher.of(Map.of(2, KEY_2), 2);
        assertThat(v2.open(resealed, "r|id")).isEqualTo("110101199003077777");
        assertThatThrownBy(() -> v2.open(old, "r|id")).isInstanceOf(FieldCipher.SealedValueRefused.class)
                .hasMessageContaining("key 1");
    }

    @Test
    void filesAreSealedAndBoundTheSameWay() {
        FieldCipher both = FieldCipher.of(Map.of(1, KEY_1, 2, KEY_2), 2);
        byte[] photo = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3, (byte) 0xFF, (byte) 0xD9};
        byte[] sealed = both.sealBytes(photo, "photo-1");
        assertThat(new String(sealed, 0, 6, StandardCharsets.US_ASCII)).isEqualTo("fc1:2:");
        assertThat(both.openBytes(sealed, "photo-1")).isEqualTo(photo);
        assertThatThrownBy(() -> both.openBytes(sealed, "photo-2")).isInstanceOf(FieldCipher.SealedValueRefused.class);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> both.openBytes(sealed, "photo-1")).isInstanceOf(FieldCipher.SealedValueRefused.class);
        assertThatThrownBy(() -> both.openBytes(photo, "photo-1")).isInstanceOf(FieldCipher.SealedValueRefused.class);
    }

    @Test
    void aServiceCannotBeGivenAnUnusableKey() {
        assertThatThrownBy(() -> FieldCipher.of(Map.of(), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldCipher.of(Map.of(1, KEY_1), 2)).hasMessageContaining("current");
        assertThatThrownBy(() -> FieldCipher.of(Map.of(1, "c2hvcnQ="), 1)).hasMessageContaining("32");
        assertThat(FieldCipher.parseKeys("1:" + KEY_1 + ", 2:" + KEY_2)).containsOnlyKeys(1, 2);
        assertThatThrownBy(() -> FieldCipher.parseKeys("1:a,1:b")).hasMessageContaining("twice");
    }

    @Test
    void fingerprintsAreKeyedAndStable() {
        FieldCipher cipher = FieldCipher.of(Map.of(1, KEY_1), 1);
        assertThat(cipher.fingerprint("rate", "10.0.0.1")).isEqualTo(cipher.fingerprint("rate", "10.0.0.1"))
                .isNotEqualTo(cipher.fingerprint("rate", "10.0.0.2"))
                .isNotEqualTo(cipher.fingerprint("other", "10.0.0.1"))
                .doesNotContain("10.0.0.1");
    }
}

package cn.hazardledger.chassis.crypto;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Encryption of single values at rest (a phone number in a column): AES-256-GCM, a random 96-bit nonce per value,
 * and associated data that binds the ciphertext to where it belongs (a row's id and column), so that a ciphertext
 * copied into another row or column does not open. It knows no domain rule; a service says what to seal and with
 * which associated data.
 * <p>
 * The sealed form is text, {@code fc1:<key version>:<base64url(nonce | ciphertext | tag)>}: it names its key, so
 * that keys rotate without downtime (add a key, make it current, re-seal, remove the old one): new values are
 * sealed with the current key, and a value opens with any key still configured.
 */
public final class FieldCipher {

    private static final String FORMAT = "fc1";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<Integer, SecretKeySpec> keys;
    private final int current;

    private FieldCipher(Map<Integer, SecretKeySpec> keys, int current) {
        this.keys = keys;
        this.current = current;
    }

    /**
     * The cipher of {@code keys} (version to base64 of 32 random bytes), sealing with {@code current}. A key that is
     * not 256 bits, or a current version without its key, is refused here: a service must not start without a
     * usable key rather than keep values in clear.
     */
    public static FieldCipher of(Map<Integer, String> keys, int current) {
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException("no field-encryption key is configured");
        }
        Map<Integer, SecretKeySpec> specs = new TreeMap<>();
        keys.forEach((version, base64) -> {
            if (version == null || version < 1) {
                throw new IllegalArgumentException("a key version is a positive whole number, not " + version);
            }
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("field-encryption key " + version + " is not base64");
            }
            if (raw.length != KEY_BYTES) {
                throw new IllegalArgumentException("field-encryption key " + version + " has " + raw.length
                        + " bytes; AES-256 needs " + KEY_BYTES);
            }
            specs.put(version, new SecretKeySpec(raw, "AES"));
        });
        if (!specs.containsKey(current)) {
            throw new IllegalArgumentException("the current field-encryption key " + current + " is not configured");
        }
        return new FieldCipher(Collections.unmodifiableMap(specs), current);
    }

    /**
     * Reads {@code "1:BASE64,2:BASE64"}: one text, so that a deployment passes every key in one environment variable
     * (a map's keys in environment variables are awkward to spell).
     */
    public static Map<Integer, String> parseKeys(String text) {
        Map<Integer, String> keys = new TreeMap<>();
        if (text == null) {
            return keys;
        }
        for (String item : text.split(",")) {
            String entry = item.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("a field-encryption key is written VERSION:BASE64");
            }
            int version;
            try {
                version = Integer.parseInt(entry.substring(0, colon).strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a field-encryption key's version is a whole number");
            }
            if (keys.put(version, entry.substring(colon + 1).strip()) != null) {
                throw new IllegalArgumentException("field-encryption key " + version + " is given twice");
            }
        }
        return keys;
    }

    /** The version new values are sealed with. */
    public int currentVersion() {
        return current;
    }

    /** Seals {@code plain} with the current key, bound to {@code aad}; null stays null. */
    public String seal(String plain, String aad) {
        if (plain == null) {
            return null;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(current), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return FORMAT + ":" + current + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /**
     * Opens what {@link #seal} made with the same {@code aad}, with whichever configured key it names. A value that
     * was changed, moved to another row or column, or sealed with a key no longer configured is refused
     * ({@link SealedValueRefused}), never answered as something else.
     */
    public String open(String sealed, String aad) {
        if (sealed == null) {
            return null;
        }
        String[] parts = sealed.split(":", 3);
        if (parts.length != 3 || !FORMAT.equals(parts[0])) {
            throw new SealedValueRefused("not a sealed value");
        }
        int version;
        byte[] raw;
        try {
            version = Integer.parseInt(parts[1]);
            raw = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            throw new SealedValueRefused("not a sealed value");
        }
        SecretKeySpec key = keys.get(version);
        if (key == null) {
            throw new SealedValueRefused("sealed with key " + version + ", which is not configured");
        }
        if (raw.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new SealedValueRefused("not a sealed value");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, NONCE_BYTES));
            cipher.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(raw, NONCE_BYTES, raw.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new SealedValueRefused("the sealed value was altered or belongs elsewhere");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /**
     * Seals bytes (a file) with the current key, bound to {@code aad}: {@code fc1:<version>:} in ASCII, then nonce,
     * ciphertext and tag, so that a file too names its key.
     */
    public byte[] sealBytes(byte[] plain, String aad) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(current), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            byte[] header = (FORMAT + ":" + current + ":").getBytes(StandardCharsets.US_ASCII);
            return ByteBuffer.allocate(header.length + nonce.length + sealed.length).put(header).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /** Opens what {@link #sealBytes} made with the same {@code aad}; refused as {@link #open} refuses. */
    public byte[] openBytes(byte[] sealed, String aad) {
        int first = indexOf(sealed, 0);
        int second = first < 0 ? -1 : indexOf(sealed, first + 1);
        if (second < 0 || !FORMAT.equals(new String(sealed, 0, first, StandardCharsets.US_ASCII))) {
            throw new SealedValueRefused("not a sealed value");
        }
        int version;
        try {
            version = Integer.parseInt(new String(sealed, first + 1, second - first - 1, StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
            throw new SealedValueRefused("not a sealed value");
        }
        SecretKeySpec key = keys.get(version);
        if (key == null) {
            throw new SealedValueRefused("sealed with key " + version + ", which is not configured");
        }
        int start = second + 1;
        if (sealed.length - start < NONCE_BYTES + TAG_BITS / 8) {
            throw new SealedValueRefused("not a sealed value");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, start, NONCE_BYTES));
            cipher.updateAAD(aad.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(sealed, start + NONCE_BYTES, sealed.length - start - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new SealedValueRefused("the sealed value was altered or belongs elsewhere");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i < Math.min(bytes.length, from + 12); i++) {
            if (bytes[i] == ':') {
                return i;
            }
        }
        return -1;
    }

    /** The key version a sealed value names, without opening it. */
    public static int versionOf(String sealed) {
        String[] parts = sealed.split(":", 3);
        if (parts.length != 3 || !FORMAT.equals(parts[0])) {
            throw new SealedValueRefused("not a sealed value");
        }
        try {
            return Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new SealedValueRefused("not a sealed value");
        }
    }

    /**
     * A keyed fingerprint of {@code value} for {@code purpose} (HMAC-SHA-256 under a key derived from the current
     * key and the purpose): lets a service count or match a value (a client address) without storing it, where a
     * plain hash of a small space (every IPv4 address) would be reversed by trying them all.
     */
    public String fingerprint(String purpose, String value) {
        try {
            Mac derive = Mac.getInstance("HmacSHA256");
            derive.init(keys.get(current));
            byte[] subKey = derive.doFinal(("fingerprint|" + purpose).getBytes(StandardCharsets.UTF_8));
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(subKey, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is unavailable", e);
        }
    }

    /** A sealed value that does not open: altered, misplaced, or of a key no longer configured. */
    public static class SealedValueRefused extends RuntimeException {
        public SealedValueRefused(String message) {
            super(message, null, false, false);
        }
    }
}

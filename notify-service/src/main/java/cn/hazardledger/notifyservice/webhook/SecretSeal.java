package cn.hazardledger.notifyservice.webhook;

import cn.hazardledger.chassis.crypto.FieldCipher;

import java.util.Base64;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A subscription's signing secrets sealed into their columns and opened from them (FieldCipher: AES-256-GCM, the
 * sealed text names its key). The associated data is the subscription's id and the column, so that a value copied
 * into another subscription or column does not open. A copy of a creation's or rotation's answer kept for an
 * idempotent replay seals its secret under {@link #REPLAY}.
 * <p>
 * A database from before sealing holds secrets in clear: such a value, exactly {@code whsec_} and the base64 of 24
 * to 64 bytes ({@link Signatures#newSecret()} makes 32), is still taken until the re-seal job ({@link SecretReseal}) has
 * sealed it. Anything else that is not a sealed value (a sealed value altered or cut) is refused, never used to sign.
 */
public final class SecretSeal {

    static final String SECRET = "secret";
    static final String PREVIOUS = "previous_secret";
    /** The column-like name of the secret in an idempotent replay's stored answer. */
    static final String REPLAY = "idempotent_replay_secret";

    private static final String SEALED_PREFIX = "fc1:";
    private static final Pattern LEGACY = Pattern.compile("whsec_(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?");

    private SecretSeal() {
    }

    static String aad(UUID subscription, String column) {
        return "webhook_subscription|" + subscription + "|" + column;
    }

    static String seal(FieldCipher cipher, UUID subscription, String column, String plain) {
        return cipher.seal(plain, aad(subscription, column));
    }

    /**
     * The secret in clear; null stays null. A legacy clear secret is answered as it is.
     *
     * @throws FieldCipher.SealedValueRefused when it is neither sealed nor a legacy clear secret, or does not open
     */
    static String open(FieldCipher cipher, UUID subscription, String column, String stored) {
        if (stored == null) {
            return null;
        }
        if (isLegacyClear(stored)) {
            return stored;
        }
        if (!stored.startsWith(SEALED_PREFIX)) {
            throw new FieldCipher.SealedValueRefused("neither a sealed value nor a secret in clear");
        }
        return cipher.open(stored, aad(subscription, column));
    }

    /**
     * A secret stored in clear before sealing: whsec_ and the base64 of 24 to 64 bytes, as Standard Webhooks has
     * secrets (this service made 32).
     */
    static boolean isLegacyClear(String stored) {
        if (!LEGACY.matcher(stored).matches()) {
            return false;
        }
        try {
            int bytes = Base64.getDecoder().decode(stored.substring(Signatures.PREFIX.length())).length;
            return bytes >= 24 && bytes <= 64;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Whether a stored value is sealed with key {@code version} (and so needs no re-seal). */
    static boolean sealedWith(String stored, int version) {
        return stored == null || stored.startsWith(SEALED_PREFIX + version + ":");
    }
}

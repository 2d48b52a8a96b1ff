package cn.hazardledger.notifyservice.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The keys that seal webhook signing secrets at rest (notify-service/docs/webhooks.md, "Secrets at rest and key
 * rotation"). The same keys and environment variables as hazard-service's, so that one operator procedure covers
 * both. Production has no default: without FIELD_ENCRYPTION_KEYS and FIELD_ENCRYPTION_CURRENT the service does not
 * start, rather than keep signing secrets in clear.
 */
@ConfigMapping(prefix = "field-encryption")
public interface FieldEncryptionConfig {

    /** Every key a sealed value may name, {@code VERSION:BASE64,VERSION:BASE64}, each 32 random bytes. */
    String keys();

    /** The version new values are sealed with; must be among {@link #keys()}. */
    int current();

    /** How often the re-seal job moves secrets from older keys (or from clear) to the current key (off to stop it). */
    @WithDefault("10m")
    String resealEvery();

    /** Rows re-sealed per transaction, so that a rotation is worked off in short transactions. */
    @WithDefault("200")
    int resealBatch();
}

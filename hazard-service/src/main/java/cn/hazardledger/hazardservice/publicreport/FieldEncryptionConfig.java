package cn.hazardledger.hazardservice.publicreport;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The keys that seal reporters' identity and contact (hazard-service/README.md, "Encryption and key rotation").
 * Production has no default: without FIELD_ENCRYPTION_KEYS and FIELD_ENCRYPTION_CURRENT the service does not start,
 * rather than keep reporters' identities in clear.
 */
@ConfigMapping(prefix = "field-encryption")
public interface FieldEncryptionConfig {

    /** Every key a sealed value may name, {@code VERSION:BASE64,VERSION:BASE64}, each 32 random bytes. */
    String keys();

    /** The version new values are sealed with; must be among {@link #keys()}. */
    int current();

    /** How often the re-seal job moves rows from older keys to the current one (off to stop it). */
    @WithDefault("10m")
    String resealEvery();

    /** Rows re-sealed per transaction, so that a rotation is worked off in short transactions. */
    @WithDefault("200")
    int resealBatch();
}

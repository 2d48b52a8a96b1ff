package cn.hazardledger.notifyservice.webhook;

import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Production has no key of its own: the keys come from FIELD_ENCRYPTION_KEYS and FIELD_ENCRYPTION_CURRENT, the
 * variables hazard-service reads, without a default, so that without them the service does not start (the cipher
 * is built at start-up: SecretSealTest shows it refuses no key or a short one).
 */
class FieldEncryptionConfigTest {

    @Test
    void productionTakesTheKeysFromTheSameVariablesAsHazardServiceWithoutADefault() throws Exception {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(p.getProperty("field-encryption.keys")).isEqualTo("${FIELD_ENCRYPTION_KEYS}");
        assertThat(p.getProperty("field-encryption.current")).isEqualTo("${FIELD_ENCRYPTION_CURRENT}");
        assertThat(p.getProperty("%test.field-encryption.current")).isEqualTo("2");
        assertThat(p.getProperty("%test.field-encryption.keys")).startsWith("1:").contains(",2:");
    }
}

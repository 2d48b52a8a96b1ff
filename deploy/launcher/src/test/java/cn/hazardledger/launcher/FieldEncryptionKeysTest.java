package cn.hazardledger.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class FieldEncryptionKeysTest {

    @Test
    void theLocalRunMakesOneKeyAndKeepsItAcrossRuns(@TempDir Path keys) throws Exception {
        String first = Keys.fieldEncryptionKeys(keys);
        assertThat(first).startsWith("1:");
        assertThat(Base64.getDecoder().decode(first.substring(2))).hasSize(32);
        assertThat(Keys.fieldEncryptionKeys(keys)).isEqualTo(first);
        assertThat(Keys.currentVersion(first)).isEqualTo("1");
        assertThat(Keys.currentVersion("1:a,3:b, 2:c")).isEqualTo("3");
    }
}

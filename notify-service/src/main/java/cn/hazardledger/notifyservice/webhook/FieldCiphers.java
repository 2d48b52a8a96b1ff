package cn.hazardledger.notifyservice.webhook;

import cn.hazardledger.chassis.crypto.FieldCipher;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The service's field cipher, built at start: a missing or unusable key stops the start (FieldCipher.of). */
@ApplicationScoped
public class FieldCiphers {

    @Produces
    @Singleton
    @Startup
    FieldCipher cipher(FieldEncryptionConfig config) {
        return FieldCipher.of(FieldCipher.parseKeys(config.keys()), config.current());
    }
}

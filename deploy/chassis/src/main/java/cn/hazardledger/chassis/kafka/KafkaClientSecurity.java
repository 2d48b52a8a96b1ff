package cn.hazardledger.chassis.kafka;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The Kafka security settings (kafka.security.protocol, SASL, truststore; the chassis' microprofile-config.properties
 * reads them from KAFKA_* variables) for a client the chassis builds by hand. The SmallRye channels and Quarkus'
 * Kafka health check take every kafka.* key by themselves; a hand-built client gets only what it is given.
 */
@Singleton
public class KafkaClientSecurity {

    /** The client keys, without the kafka. prefix they carry in the configuration. */
    static final List<String> KEYS = List.of("security.protocol", "sasl.mechanism", "sasl.jaas.config",
            "ssl.truststore.type", "ssl.truststore.location", "ssl.truststore.password");

    private final Map<String, String> settings;

    @Inject
    KafkaClientSecurity(Config config) {
        this.settings = settings(key -> config.getOptionalValue(key, String.class));
    }

    /** The settings that are set; an unset or blank one is left out, so that the client keeps Kafka's default. */
    public Map<String, String> settings() {
        return settings;
    }

    static Map<String, String> settings(Function<String, Optional<String>> lookup) {
        Map<String, String> set = new TreeMap<>();
        for (String key : KEYS) {
            // a blank truststore password is not "no password" to Kafka: a PEM truststore refuses it
            lookup.apply("kafka." + key).filter(v -> !v.isBlank()).ifPresent(v -> set.put(key, v));
        }
        return Map.copyOf(set);
    }
}

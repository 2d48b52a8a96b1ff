package cn.hazardledger.chassis.kafka;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaClientSecurityTest {

    @Test
    void theSettingsThatAreSetReachTheClientWithoutThePrefix() {
        Map<String, String> config = Map.of(
                "kafka.security.protocol", "SASL_SSL",
                "kafka.sasl.mechanism", "SCRAM-SHA-512",
                "kafka.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "kafka.ssl.truststore.location", "/etc/kafka-ca/ca.p12",
                "kafka.bootstrap.servers", "broker:9093");
        assertThat(KafkaClientSecurity.settings(key -> Optional.ofNullable(config.get(key))))
                .containsOnlyKeys("security.protocol", "sasl.mechanism", "sasl.jaas.config", "ssl.truststore.location")
                .containsEntry("security.protocol", "SASL_SSL");
    }

    @Test
    void aBlankSettingIsLeftOutSoThatKafkasDefaultHolds() {
        Map<String, String> config = Map.of("kafka.security.protocol", "PLAINTEXT", "kafka.ssl.truststore.password", " ",
                "kafka.sasl.jaas.config", "");
        assertThat(KafkaClientSecurity.settings(key -> Optional.ofNullable(config.get(key))))
                .containsExactlyEntriesOf(Map.of("security.protocol", "PLAINTEXT"));
    }
}

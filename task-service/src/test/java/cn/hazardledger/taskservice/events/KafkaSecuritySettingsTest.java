package cn.hazardledger.taskservice.events;

import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chassis' kafka.* security settings reach a SmallRye channel's client. The chassis' SASL mechanism default
 * (SCRAM-SHA-512) differs from Kafka's own (GSSAPI), so finding it proves the key got there; the protocol stays
 * plain unless KAFKA_SECURITY_PROTOCOL says otherwise.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "task"))
class KafkaSecuritySettingsTest {

    @Inject
    KafkaClientService clients;

    @Test
    void theConsumerChannelGetsTheChassisSecuritySettings() {
        Map<String, Object> config = Map.copyOf(clients.getConsumer("hazard-events").configuration());
        assertThat(config)
                .containsEntry("security.protocol", "PLAINTEXT")
                .containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("ssl.truststore.type", "PKCS12");
    }
}

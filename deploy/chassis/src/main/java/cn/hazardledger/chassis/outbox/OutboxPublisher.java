package cn.hazardledger.chassis.outbox;

import cn.hazardledger.chassis.kafka.KafkaClientSecurity;
import jakarta.annotation.PreDestroy;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * Sends outbox rows as CloudEvents in binary mode: the ce_* attributes travel as Kafka headers, the JSON
 * payload as the value, and the aggregate id as the key so that one aggregate's events stay in order.
 */
@ApplicationScoped
@IfBuildProperty(name = Outbox.ENABLED, stringValue = "true")
public class OutboxPublisher {

    private final KafkaProducer<String, byte[]> producer;
    private final String source;

    @Inject
    public OutboxPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrap,
                           @ConfigProperty(name = "outbox.source") String source,
                           @ConfigProperty(name = "outbox.kafka.max-block-ms", defaultValue = "2000") int maxBlockMs,
                           @ConfigProperty(name = "outbox.kafka.delivery-timeout-ms", defaultValue = "10000") int deliveryTimeoutMs,
                           KafkaClientSecurity security) {
        this(bootstrap, source, maxBlockMs, deliveryTimeoutMs, security.settings());
    }

    /** {@code security}: the client's security settings (KafkaClientSecurity), only those that are set. */
    public OutboxPublisher(String bootstrap, String source, int maxBlockMs, int deliveryTimeoutMs, Map<String, String> security) {
        this.source = source;
        Map<String, Object> config = new HashMap<>(security);
        config.putAll(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                ProducerConfig.LINGER_MS_CONFIG, 5,
                // a broker outage must fail the relay's attempt quickly, not hold its transaction for a minute
                ProducerConfig.MAX_BLOCK_MS_CONFIG, maxBlockMs,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(5000, deliveryTimeoutMs),
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeoutMs,
                ProducerConfig.CLIENT_ID_CONFIG, source.replace("/", "") + "-outbox"));
        this.producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    public Future<RecordMetadata> send(OutboxEvent event) {
        RecordHeaders headers = new RecordHeaders();
        header(headers, "ce_specversion", "1.0");
        header(headers, "ce_id", event.id.toString());
        header(headers, "ce_source", source);
        header(headers, "ce_type", event.type);
        header(headers, "ce_subject", event.aggregateId);
        header(headers, "ce_time", DateTimeFormatter.ISO_INSTANT.format(event.occurredAt));
        header(headers, "content-type", "application/json");
        return producer.send(new ProducerRecord<>(event.topic, null, event.aggregateId,
                event.payload.getBytes(StandardCharsets.UTF_8), headers));
    }

    /** Fetches the topic's metadata ahead of the first event, so that the first report is not the slow one. */
    public void warmUp(String topic) {
        producer.partitionsFor(topic);
    }

    public void flush() {
        producer.flush();
    }

    private static void header(RecordHeaders headers, String key, String value) {
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    @PreDestroy
    public void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}

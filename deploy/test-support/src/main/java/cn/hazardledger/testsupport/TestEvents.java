package cn.hazardledger.testsupport;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Puts records on a topic the way the services' outbox relays do, or deliberately not. */
public final class TestEvents {

    private TestEvents() {
    }

    /** A binary-mode CloudEvent as a producing service would publish it. */
    public static void send(String bootstrap, String topic, String key, String type, String id, String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", id);
        headers.put("ce_source", "/test");
        headers.put("ce_type", type);
        headers.put("ce_subject", key);
        headers.put("ce_time", OffsetDateTime.now().toString());
        headers.put("content-type", "application/json");
        sendRaw(bootstrap, topic, key, headers, json);
    }

    /** Any record at all, for poison-message tests. */
    public static void sendRaw(String bootstrap, String topic, String key, Map<String, String> headers, String value) {
        RecordHeaders h = new RecordHeaders();
        headers.forEach((k, v) -> h.add(k, v.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, null, key, value, h)).get(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send the test record to " + topic, e);
        }
    }
}

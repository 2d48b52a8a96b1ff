package cn.hazardledger.notifyservice.webhook;

import cn.hazardledger.notifyservice.events.Events;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static cn.hazardledger.testsupport.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The time from publishing a hazard event to Kafka (the producer's send, acks=all) to a webhook receiver holding it,
 * over 60 events one after another, the first 10 as warm-up. Written to target/webhook-latency.txt.
 */
@QuarkusTest
@Tag("benchmark")
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify"))
class WebhookLatencyTest {

    private static final Logger LOG = Logger.getLogger(WebhookLatencyTest.class);
    private static final int WARM_UP = 10;
    private static final int MEASURED = 50;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void fromKafkaToTheReceiver() throws Exception {
        String county = "500258000000";
        try (Receiver receiver = new Receiver();
             KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                     ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all",
                     ProducerConfig.LINGER_MS_CONFIG, 0), new StringSerializer(), new StringSerializer())) {
            WebhookApi.create(token("REGULATOR", county), receiver.url(), List.of("hazard.reported.v1"), county);
            List<Long> micros = new ArrayList<>();
            for (int i = 0; i < WARM_UP + MEASURED; i++) {
                String hazardId = Events.id();
                String eventId = Events.id();
                String payload = Events.hazardReported(hazardId, "时延测量 " + i, "500258001001", "GENERAL");
                long sent = System.nanoTime();
                producer.send(new ProducerRecord<>("hazard.events", null, hazardId, payload, headers(eventId, hazardId)))
                        .get();
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(1))
                        .until(() -> receiver.about(eventId).size() == 1);
                if (i >= WARM_UP) {
                    micros.add((receiver.about(eventId).get(0).receivedNanos() - sent) / 1_000);
                }
            }
            micros.sort(null);
            String report = ("hazard event published to Kafka -> webhook receiver, %d events one at a time: p50 %.1f ms, "
                    + "p95 %.1f ms, max %.1f ms").formatted(MEASURED, micros.get(MEASURED / 2) / 1000.0,
                    micros.get((int) Math.ceil(MEASURED * 0.95) - 1) / 1000.0, micros.get(MEASURED - 1) / 1000.0);
            LOG.info(report);
            Files.writeString(Path.of("target", "webhook-latency.txt"), report + " (" + OffsetDateTime.now() + ")\n",
                    StandardCharsets.UTF_8);
            // the worker is woken by the consumer's commit: nothing here waits for a poll
            assertThat(micros.get(MEASURED / 2)).isLessThan(1_000_000);
        }
    }

    private static RecordHeaders headers(String eventId, String subject) {
        RecordHeaders h = new RecordHeaders();
        Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_source", "/hazard-service", "ce_type", "hazard.reported.v1",
                        "ce_subject", subject, "ce_time", OffsetDateTime.now().toString(), "content-type", "application/json")
                .forEach((k, v) -> h.add(k, v.getBytes(StandardCharsets.UTF_8)));
        return h;
    }
}

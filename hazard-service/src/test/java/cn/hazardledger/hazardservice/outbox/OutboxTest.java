package cn.hazardledger.hazardservice.outbox;

import cn.hazardledger.chassis.outbox.Outbox;
import cn.hazardledger.chassis.outbox.OutgoingEvent;
import cn.hazardledger.chassis.outbox.OutboxEvent;
import cn.hazardledger.chassis.outbox.OutboxRelay;
import cn.hazardledger.hazardservice.hazard.Hazards;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import cn.hazardledger.testsupport.TopicRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class OutboxTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper json;

    @Test
    void aReportIsPublishedAsABinaryCloudEventKeyedByTheHazard() throws Exception {
        String id = given().auth().oauth2(token("INSPECTOR", Hazards.TOWNSHIP)).contentType(ContentType.JSON)
                .body(Hazards.report(Hazards.VILLAGE, "烟花爆竹门店超量储存")).post("/hazards")
                .then().statusCode(201).extract().path("id");

        ConsumerRecord<String, String> record = awaitRecordKeyed(id);
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_type")).isEqualTo("hazard.reported.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/hazard-service");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
        assertThat(header(record, "ce_time")).isNotBlank();
        String ceId = header(record, "ce_id");
        String rowId = QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>find("aggregateId", id).firstResult().id.toString());
        assertThat(ceId).isEqualTo(rowId);

        JsonNode payload = json.readTree(record.value());
        assertThat(payload.get("title").asText()).isEqualTo("烟花爆竹门店超量储存");
        assertThat(payload.get("townshipCode").asText()).isEqualTo(Hazards.TOWNSHIP);
        assertThat(schema("hazard.reported.v1").validate(payload)).isEmpty();
    }

    @Test
    void aRolledBackTransactionPublishesNothing() {
        String doomed = "doomed-" + UUID.randomUUID();
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            outbox.append(new Probe(doomed));
            throw new IllegalStateException("the domain change failed after the event was appended");
        })).isInstanceOf(IllegalStateException.class);
        String marker = "marker-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() ->
                outbox.append(new Probe(marker)));

        // the relay keeps commit order, so once the later marker is out, the doomed event would have been too
        awaitRecordKeyed(marker);
        assertThat(allKeys()).contains(marker).doesNotContain(doomed);
        long rows = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateId", doomed));
        assertThat(rows).isZero();
    }

    @Test
    void theRelayIsWokenByTheCommitNotByThePoll() {
        String warmUp = "warm-up-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() ->
                outbox.append(new Probe(warmUp)));
        await().atMost(Duration.ofSeconds(20)).until(() -> publishedAt(warmUp) != null);

        String key = "prompt-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() ->
                outbox.append(new Probe(key)));
        // well under the test profile's 5 s fallback poll: only the commit wake-up can make it
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(10)).until(() -> publishedAt(key) != null);
    }

    @Test
    void whileAnotherReplicaHoldsTheRelayLockThisOneDoesNotPublish() throws Exception {
        String key = "second-replica-" + UUID.randomUUID();
        try (Connection otherReplica = DriverManager.getConnection(jdbcUrl, "hazard", "hazard")) {
            otherReplica.setAutoCommit(false);
            try (PreparedStatement lock = otherReplica.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, OutboxRelay.RELAY_LOCK);
                lock.execute();
            }
            QuarkusTransaction.requiringNew().run(() ->
                    outbox.append(new Probe(key)));
            // the pass that the commit wakes finds the lock taken and leaves the row alone
            await().during(Duration.ofMillis(1200)).atMost(Duration.ofSeconds(3)).until(() -> publishedAt(key) == null);
            otherReplica.rollback();
        }
        // the next fallback poll (5 s in the test profile) takes the free lock and publishes it
        await().atMost(Duration.ofSeconds(15)).until(() -> publishedAt(key) != null);
        awaitRecordKeyed(key);
    }

    private java.time.Instant publishedAt(String key) {
        return QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.<OutboxEvent>find("aggregateId", key).firstResult().publishedAt);
    }

    private ConsumerRecord<String, String> awaitRecordKeyed(String key) {
        return TopicRecords.awaitKey(bootstrap, "hazard.events", key);
    }

    private List<String> allKeys() {
        return TopicRecords.readAll(bootstrap, "hazard.events").stream().map(ConsumerRecord::key).toList();
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        return TopicRecords.header(record, name);
    }

    private static JsonSchema schema(String type) throws Exception {
        try (InputStream in = OutboxTest.class.getClassLoader().getResourceAsStream("events/" + type + ".schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    /** An event about an aggregate that exists only for the test: the relay publishes it like any other. */
    record Probe(String hazardId) implements OutgoingEvent {

        @Override
        public String type() {
            return "hazard.reported.v1";
        }

        @Override
        public String aggregateType() {
            return "hazard";
        }

        @Override
        public String aggregateId() {
            return hazardId;
        }
    }
}

package cn.hazardledger.hazard.outbox;

import cn.hazardledger.chassis.outbox.Outbox;
import cn.hazardledger.chassis.outbox.OutboxEvent;
import cn.hazardledger.hazard.hazard.Hazards;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
            outbox.append("hazard", doomed, "hazard.reported.v1", Map.of("hazardId", doomed));
            throw new IllegalStateException("the domain change failed after the event was appended");
        })).isInstanceOf(IllegalStateException.class);
        String marker = "marker-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() ->
                outbox.append("hazard", marker, "hazard.reported.v1", Map.of("hazardId", marker)));

        // the relay keeps commit order, so once the later marker is out, the doomed event would have been too
        awaitRecordKeyed(marker);
        assertThat(allKeys()).contains(marker).doesNotContain(doomed);
        long rows = QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateId", doomed));
        assertThat(rows).isZero();
    }

    @Test
    void theRelayIsWokenByTheCommitNotByThePoll() {
        String key = "prompt-" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() ->
                outbox.append("hazard", key, "hazard.reported.v1", Map.of("hazardId", key)));
        // well under the 0.5 s fallback poll of the test profile: only the commit wake-up can make it
        await().atMost(Duration.ofMillis(450)).pollInterval(Duration.ofMillis(10)).until(() ->
                QuarkusTransaction.requiringNew().call(() ->
                        OutboxEvent.<OutboxEvent>find("aggregateId", key).firstResult().publishedAt != null));
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
}

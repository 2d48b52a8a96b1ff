package cn.hazardledger.hazardservice.hazard;

import cn.hazardledger.testsupport.ServiceInfrastructure;
import cn.hazardledger.testsupport.TopicRecords;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
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
import java.util.Map;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The township's review, and If-Match guarding every state change. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class HazardReviewTest {

    private static final String INSPECTOR = token("INSPECTOR", Hazards.TOWNSHIP);
    private static final String TOWNSHIP = token("TOWNSHIP", Hazards.TOWNSHIP);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Inject
    ObjectMapper json;

    @Test
    void theTownshipConfirmsAgainstTheVersionItSawAndTheLedgerRecordsIt() throws Exception {
        var reported = report("建筑工地临边无防护");
        String id = reported.path("id");
        String etag = reported.header("ETag");

        String newTag = given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", etag)
                .body(Map.of("note", "经分管领导同意，纳入全量库")).post("/hazards/" + id + "/confirmation")
                .then().statusCode(200).body("status", equalTo("CONFIRMED")).extract().header("ETag");
        assertThat(newTag).isNotEqualTo(etag);

        given().auth().oauth2(TOWNSHIP).get("/hazards/" + id + "/entries").then().statusCode(200)
                .body("", hasSize(2)).body("[1].action", equalTo("CONFIRM"))
                .body("[1].note", equalTo("经分管领导同意，纳入全量库"))
                .body("[1].actorRole", equalTo("TOWNSHIP"));

        ConsumerRecord<String, String> event = TopicRecords.awaitMatch(bootstrap, "hazard.events", Duration.ofSeconds(20),
                r -> id.equals(r.key()) && "hazard.confirmed.v1".equals(TopicRecords.header(r, "ce_type")));
        JsonNode payload = json.readTree(event.value());
        assertThat(payload.get("status").asText()).isEqualTo("CONFIRMED");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("events/hazard.confirmed.v1.schema.json")) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in).validate(payload)).isEmpty();
        }
    }

    @Test
    void aStaleOrMissingIfMatchChangesNothing() {
        var reported = report("加油站防雷检测过期");
        String id = reported.path("id");
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).body(Map.of())
                .post("/hazards/" + id + "/confirmation")
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", "\"999\"").body(Map.of())
                .post("/hazards/" + id + "/confirmation")
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("https://hazard-ledger.cn/problems/precondition-failed"));
        // If-Match compares strongly (RFC 9110): the weak form of the current tag does not match
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", "W/" + reported.header("ETag"))
                .body(Map.of()).post("/hazards/" + id + "/confirmation")
                .then().statusCode(412).contentType("application/problem+json");
        given().auth().oauth2(TOWNSHIP).get("/hazards/" + id).then().body("status", equalTo("REPORTED"))
                .header("ETag", equalTo(reported.header("ETag")));
    }

    @Test
    void onlyAReportedHazardIsReviewedAndOnlyByTheTownship() {
        var reported = report("重复上报的隐患");
        String id = reported.path("id");
        given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON).header("If-Match", reported.header("ETag"))
                .body(Map.of()).post("/hazards/" + id + "/confirmation").then().statusCode(403);
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", reported.header("ETag"))
                .body(Map.of("note", "与前一条重复")).post("/hazards/" + id + "/rejection")
                .then().statusCode(400).body("errors[0].field", equalTo("reason"));
        String tag = given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", reported.header("ETag"))
                .body(Map.of("reason", "NOT_TRUE", "note", "现场核实不属实")).post("/hazards/" + id + "/rejection")
                .then().statusCode(200).body("status", equalTo("REJECTED")).extract().header("ETag");
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", tag)
                .body(Map.of()).post("/hazards/" + id + "/confirmation")
                .then().statusCode(409).contentType("application/problem+json")
                .body("currentStatus", org.hamcrest.Matchers.notNullValue())
                .body("refusedAction", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void outsideItsRegionARejectionAsDuplicateIsA404WhateverOriginalItNames() {
        var reported = report("消防栓被遮挡");
        String elsewhere = token("TOWNSHIP", "500240214000", "other-township-clerk");
        // the original was looked for first: a 400 about it came before the hazard's own 404
        given().auth().oauth2(elsewhere).contentType(ContentType.JSON).header("If-Match", reported.header("ETag"))
                .body(Map.of("reason", "DUPLICATE", "duplicateOf", java.util.UUID.randomUUID().toString()))
                .post("/hazards/" + reported.path("id") + "/rejection").then().statusCode(404);
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", reported.header("ETag"))
                .body(Map.of("reason", "DUPLICATE", "duplicateOf", java.util.UUID.randomUUID().toString()))
                .post("/hazards/" + reported.path("id") + "/rejection").then().statusCode(400)
                .body("errors[0].field", equalTo("duplicateOf"));
    }

    private io.restassured.response.ExtractableResponse<io.restassured.response.Response> report(String title) {
        return given().auth().oauth2(INSPECTOR).contentType(ContentType.JSON)
                .body(Hazards.report(Hazards.VILLAGE, title)).post("/hazards")
                .then().statusCode(201).extract();
    }
}

package cn.hazardledger.hazardservice.audit;

import cn.hazardledger.chassis.audit.AuditRetention;
import cn.hazardledger.hazardservice.hazard.Hazards;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** The audit trail as hazard-service keeps it: what a write, a refusal and a sensitive read leave, and who reads it. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class AuditTrailTest {

    static final String INSPECTOR = token("INSPECTOR", Hazards.TOWNSHIP, "grid-7", Map.of("name", "李明"));
    static final String TOWNSHIP = token("TOWNSHIP", Hazards.TOWNSHIP, "township-clerk-1");
    static final String COUNTY_AUDITOR = token("AUDITOR", "500240000000", "auditor-county");
    static final String TOWNSHIP_AUDITOR = token("AUDITOR", Hazards.TOWNSHIP, "auditor-sanxing");
    static final String OTHER_TOWNSHIP_AUDITOR = token("AUDITOR", "500240214000", "auditor-bashan");

    @Inject
    EntityManager em;

    @Inject
    AuditRetention retention;

    @Test
    void aWriteThatSucceedsIsRecordedWithWhoWhatAndOutcome() {
        String requestId = "req-" + UUID.randomUUID();
        String id = given().auth().oauth2(INSPECTOR).header("X-Request-Id", requestId).contentType(ContentType.JSON)
                .body(Hazards.report(Hazards.VILLAGE, "审计：液化气钢瓶")).post("/hazards")
                .then().statusCode(201).header("X-Request-Id", requestId).extract().path("id");
        Map<String, Object> r = record(requestId);
        assertThat(r).containsEntry("subject", "grid-7").containsEntry("subject_name", "李明")
                .containsEntry("role", "INSPECTOR").containsEntry("region_code", Hazards.TOWNSHIP)
                .containsEntry("method", "POST").containsEntry("route", "/hazards").containsEntry("status", 201)
                .containsEntry("outcome", "SUCCESS").containsEntry("problem_type", null)
                .containsEntry("client_address", "127.0.0.1");
        assertThat((Instant) r.get("at")).isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));

        String refused = "req-" + UUID.randomUUID();
        given().auth().oauth2(TOWNSHIP).header("X-Request-Id", refused).contentType(ContentType.JSON)
                .body(Map.of("note", "没有 If-Match")).post("/hazards/" + id + "/confirmation")
                .then().statusCode(428);
        assertThat(record(refused)).containsEntry("subject", "township-clerk-1").containsEntry("role", "TOWNSHIP")
                .containsEntry("route", "/hazards/{id}/confirmation").containsEntry("resource_ids", "{\"id\": \"" + id + "\"}")
                .containsEntry("status", 428).containsEntry("outcome", "REFUSED")
                .containsEntry("problem_type", "https://hazard-ledger.cn/problems/precondition-required");

        String forbidden = "req-" + UUID.randomUUID();
        given().auth().oauth2(INSPECTOR).header("X-Request-Id", forbidden).header("If-Match", "\"1\"")
                .contentType(ContentType.JSON).body(Map.of("note", "检查人员不能纳入")).post("/hazards/" + id + "/confirmation")
                .then().statusCode(403);
        assertThat(record(forbidden)).containsEntry("subject", "grid-7").containsEntry("status", 403)
                .containsEntry("outcome", "DENIED").containsEntry("problem_type", "https://hazard-ledger.cn/problems/forbidden");
    }

    @Test
    void aWriteWithoutAValidTokenIsRecordedWithoutAnyone() {
        String none = "req-" + UUID.randomUUID();
        given().header("X-Request-Id", none).contentType(ContentType.JSON).body(Hazards.report(Hazards.VILLAGE, "无令牌"))
                .post("/hazards").then().statusCode(401);
        assertThat(record(none)).containsEntry("subject", null).containsEntry("role", null).containsEntry("region_code", null)
                .containsEntry("method", "POST").containsEntry("route", "/hazards").containsEntry("status", 401)
                .containsEntry("outcome", "DENIED").containsEntry("problem_type", "https://hazard-ledger.cn/problems/unauthenticated");

        String forged = "req-" + UUID.randomUUID();
        given().auth().oauth2(cn.hazardledger.testsupport.TestTokens.signedByAnotherKey("TOWNSHIP", Hazards.TOWNSHIP))
                .header("X-Request-Id", forged).contentType(ContentType.JSON).body(Hazards.report(Hazards.VILLAGE, "伪造"))
                .post("/hazards").then().statusCode(401);
        // the forged token's claims are not believed: no subject "intruder", no region
        assertThat(record(forged)).containsEntry("subject", null).containsEntry("region_code", null);
    }

    @Test
    void aPublicReportIsRecordedWithoutTheReportersAddress() {
        String report = "req-" + UUID.randomUUID();
        Map<String, Object> body = new java.util.HashMap<>(Map.of("kind", "WHISTLEBLOWER", "title", "审计：夜间违规动火",
                "description", "车间夜班在油漆库旁动火作业，无人监护。", "regionCode", Hazards.VILLAGE));
        given().header("X-Request-Id", report).contentType(ContentType.JSON).body(body).post("/public-reports")
                .then().statusCode(201);
        assertThat(record(report)).containsEntry("route", "/public-reports").containsEntry("status", 201)
                .containsEntry("subject", null).containsEntry("client_address", null);
    }

    @Test
    void sensitiveReadsAreRecordedAndOrdinaryReadsAreNot() {
        String export = "req-" + UUID.randomUUID();
        given().auth().oauth2(TOWNSHIP).header("X-Request-Id", export).get("/hazards.csv").then().statusCode(200);
        assertThat(record(export)).containsEntry("method", "GET").containsEntry("route", "/hazards.csv")
                .containsEntry("action", "ledger.export").containsEntry("status", 200);

        String list = "req-" + UUID.randomUUID();
        given().auth().oauth2(TOWNSHIP).header("X-Request-Id", list).get("/hazards").then().statusCode(200);
        assertThat(count(list)).isZero();

        String own = "req-" + UUID.randomUUID();
        given().auth().oauth2(TOWNSHIP).header("X-Request-Id", own).queryParam("region", Hazards.TOWNSHIP)
                .get("/statistics").then().statusCode(200);
        assertThat(count(own)).isZero();

        String village = "req-" + UUID.randomUUID();
        given().auth().oauth2(TOWNSHIP).header("X-Request-Id", village).queryParam("region", Hazards.VILLAGE)
                .get("/statistics").then().statusCode(200);
        assertThat(record(village)).containsEntry("action", "statistics.other-region").containsEntry("route", "/statistics");

        String elsewhere = "req-" + UUID.randomUUID();
        given().auth().oauth2(TOWNSHIP).header("X-Request-Id", elsewhere).queryParam("region", "500240214000")
                .get("/statistics").then().statusCode(404);
        assertThat(record(elsewhere)).containsEntry("action", "statistics.other-region").containsEntry("outcome", "REFUSED");
    }

    @Test
    void theTrailIsAppendOnlyInTheDatabase() {
        UUID young = insert(Instant.now().minus(1, ChronoUnit.DAYS));
        UUID old = insert(Instant.now().minus(200, ChronoUnit.DAYS));
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE audit_record SET status = 200 WHERE id = ?1").setParameter(1, young).executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE audit_record SET status = 200 WHERE id = ?1").setParameter(1, old).executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM audit_record WHERE id = ?1").setParameter(1, young).executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "TRUNCATE audit_record").executeUpdate())).hasStackTraceContaining("append-only");

        // the retention job (P400D by default) keeps both; a record past the floor may go, and only such one
        retention.purge();
        assertThat(exists(young)).isTrue();
        assertThat(exists(old)).isTrue();
        int deleted = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "DELETE FROM audit_record WHERE id = ?1").setParameter(1, old).executeUpdate());
        assertThat(deleted).isEqualTo(1);
        UUID ancient = insert(Instant.now().minus(500, ChronoUnit.DAYS));
        retention.purge();
        assertThat(exists(ancient)).isFalse();
        assertThat(exists(young)).isTrue();
    }

    @Test
    void onlyTheAuditorReadsTheTrailOfTheirRegion() {
        String mine = "req-" + UUID.randomUUID();
        given().auth().oauth2(TOWNSHIP).header("X-Request-Id", mine).contentType(ContentType.JSON)
                .body(Map.of("note", "x")).post("/hazards/" + UUID.randomUUID() + "/confirmation");
        String anonymous = "req-" + UUID.randomUUID();
        given().header("X-Request-Id", anonymous).contentType(ContentType.JSON).body(Map.of()).post("/hazards")
                .then().statusCode(401);

        given().auth().oauth2(TOWNSHIP_AUDITOR).queryParam("subject", "township-clerk-1").queryParam("limit", "100")
                .get("/audit-records").then().statusCode(200)
                .body("items.requestId", hasItem(mine))
                .body("items.find { it.requestId == '" + mine + "' }.route", equalTo("/hazards/{id}/confirmation"));
        given().auth().oauth2(OTHER_TOWNSHIP_AUDITOR).queryParam("subject", "township-clerk-1").get("/audit-records")
                .then().statusCode(200).body("items.requestId", not(hasItem(mine)));
        // records of no region: a county's auditor sees them, a township's does not
        given().auth().oauth2(COUNTY_AUDITOR).queryParam("outcome", "DENIED").queryParam("route", "/hazards")
                .queryParam("method", "POST").queryParam("limit", "100").get("/audit-records")
                .then().statusCode(200).body("items.requestId", hasItem(anonymous));
        given().auth().oauth2(TOWNSHIP_AUDITOR).queryParam("outcome", "DENIED").queryParam("limit", "100")
                .get("/audit-records").then().statusCode(200).body("items.requestId", not(hasItem(anonymous)));

        given().auth().oauth2(TOWNSHIP).get("/audit-records").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(token("REGULATOR", "500240000000")).get("/audit-records/export").then().statusCode(403);
        given().get("/audit-records").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(COUNTY_AUDITOR).queryParam("outcome", "denied").get("/audit-records").then()
                .statusCode(400).body("errors[0].field", equalTo("outcome"));

        // the auditor's reads are recorded too
        String read = "req-" + UUID.randomUUID();
        given().auth().oauth2(COUNTY_AUDITOR).header("X-Request-Id", read).get("/audit-records").then().statusCode(200);
        assertThat(record(read)).containsEntry("action", "audit.read").containsEntry("role", "AUDITOR")
                .containsEntry("subject", "auditor-county");
    }

    @Test
    void pagesByCursorNewestFirst() {
        String subject = "pager-" + UUID.randomUUID();
        String pager = token("TOWNSHIP", Hazards.TOWNSHIP, subject);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(pager).contentType(ContentType.JSON).body(Map.of("note", "x"))
                    .post("/hazards/" + UUID.randomUUID() + "/rejection");
        }
        var first = given().auth().oauth2(COUNTY_AUDITOR).queryParam("subject", subject).queryParam("limit", "2")
                .get("/audit-records").then().statusCode(200).extract();
        List<String> ids = first.path("items.id");
        assertThat(ids).hasSize(2);
        String cursor = first.path("nextCursor");
        List<String> rest = given().auth().oauth2(COUNTY_AUDITOR).queryParam("subject", subject).queryParam("limit", "2")
                .queryParam("cursor", cursor).get("/audit-records").then().statusCode(200)
                .body("nextCursor", equalTo(null)).extract().path("items.id");
        assertThat(rest).hasSize(1).doesNotContainAnyElementsOf(ids);
    }

    @Test
    void theExportIsCsvAndIsItselfRecorded() {
        String subject = "csv-" + UUID.randomUUID();
        given().auth().oauth2(token("TOWNSHIP", Hazards.TOWNSHIP, subject)).contentType(ContentType.JSON)
                .body(Map.of("note", "x")).post("/hazards/" + UUID.randomUUID() + "/rejection");
        String export = "req-" + UUID.randomUUID();
        String csv = given().auth().oauth2(TOWNSHIP_AUDITOR).header("X-Request-Id", export).queryParam("subject", subject)
                .get("/audit-records/export").then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).contains("id,at,requestId,subject");
        assertThat(lines[1]).contains(subject, "POST", "/hazards/{id}/rejection", "TOWNSHIP");
        assertThat(record(export)).containsEntry("action", "audit.export").containsEntry("route", "/audit-records/export");
    }

    private Map<String, Object> record(String requestId) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        SELECT subject, subject_name, role, region_code, client_address, method, route,
                               resource_ids::text, action, status, outcome, problem_type, at
                        FROM audit_record WHERE request_id = ?1""", Object[].class)
                .setParameter(1, requestId).getResultList());
        assertThat(rows).as("one record of request " + requestId).hasSize(1);
        Object[] r = rows.get(0);
        Map<String, Object> out = new java.util.HashMap<>();
        String[] names = {"subject", "subject_name", "role", "region_code", "client_address", "method", "route",
                "resource_ids", "action", "status", "outcome", "problem_type", "at"};
        for (int i = 0; i < names.length; i++) {
            Object v = r[i];
            if (v instanceof Number n && names[i].equals("status")) {
                v = n.intValue();
            }
            if (v instanceof java.sql.Timestamp t) {
                v = t.toInstant();
            }
            if (v instanceof java.time.OffsetDateTime t) {
                v = t.toInstant();
            }
            out.put(names[i], v);
        }
        return out;
    }

    private long count(String requestId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM audit_record WHERE request_id = ?1").setParameter(1, requestId)
                .getSingleResult()).longValue());
    }

    private boolean exists(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT count(*) FROM audit_record WHERE id = ?1").setParameter(1, id).getSingleResult()).longValue() == 1);
    }

    private UUID insert(Instant at) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                        INSERT INTO audit_record (id, at, request_id, method, route, status, outcome)
                        VALUES (?1, ?2, 'test', 'POST', '/test', 201, 'SUCCESS')""")
                .setParameter(1, id).setParameter(2, java.sql.Timestamp.from(at)).executeUpdate());
        return id;
    }
}

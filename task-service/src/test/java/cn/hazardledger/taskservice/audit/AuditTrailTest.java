package cn.hazardledger.taskservice.audit;

import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

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

/** task-service keeps the same audit trail as the others (the chassis'): a write, a refusal, a 401, the auditor. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "task"))
class AuditTrailTest {

    static final String TOWNSHIP = "500240213000";
    static final String AUDITOR = token("AUDITOR", TOWNSHIP, "auditor-sanxing");

    @Inject
    EntityManager em;

    @Test
    void writesRefusalsAndUnauthenticatedWritesAreRecordedAndTheAuditorReadsThem() {
        String subject = "clerk-" + UUID.randomUUID();
        String clerk = token("TOWNSHIP", TOWNSHIP, subject);
        String id = given().auth().oauth2(clerk).header("X-Request-Id", "created-" + subject).contentType(ContentType.JSON)
                .body(campaign()).post("/campaigns").then().statusCode(201).extract().path("id");
        given().auth().oauth2(clerk).header("X-Request-Id", "stale-" + subject).header("If-Match", "\"99\"")
                .contentType(ContentType.JSON).body(Map.of()).post("/campaigns/" + id + "/publication")
                .then().statusCode(org.hamcrest.Matchers.greaterThanOrEqualTo(400));
        String anonymous = "anonymous-" + UUID.randomUUID();
        given().header("X-Request-Id", anonymous).contentType(ContentType.JSON).body(campaign()).post("/campaigns")
                .then().statusCode(401);

        given().auth().oauth2(AUDITOR).queryParam("subject", subject).get("/audit-records").then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items[1].requestId", equalTo("created-" + subject))
                .body("items[1].route", equalTo("/campaigns")).body("items[1].status", equalTo(201))
                .body("items[1].outcome", equalTo("SUCCESS")).body("items[1].regionCode", equalTo(TOWNSHIP))
                .body("items[0].route", equalTo("/campaigns/{id}/publication"))
                .body("items[0].resourceIds.id", equalTo(id)).body("items[0].outcome", equalTo("REFUSED"))
                .body("items[0].problemType", startsWith("https://hazard-ledger.cn/problems/"));
        // no region: for a county's auditor, not a township's
        given().auth().oauth2(token("AUDITOR", "500240000000", "auditor-county")).queryParam("outcome", "DENIED")
                .queryParam("limit", "100").get("/audit-records").then().statusCode(200)
                .body("items.requestId", hasItem(anonymous));
        given().auth().oauth2(AUDITOR).queryParam("outcome", "DENIED").queryParam("limit", "100").get("/audit-records")
                .then().statusCode(200).body("items.requestId", not(hasItem(anonymous)));
        given().auth().oauth2(token("AUDITOR", "500240214000", "auditor-bashan")).queryParam("subject", subject)
                .get("/audit-records").then().statusCode(200).body("items.size()", equalTo(0));

        String csv = given().auth().oauth2(AUDITOR).queryParam("subject", subject).get("/audit-records/export")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).contains("created-" + subject);
        // more than one export holds (two in the test profile) is refused, naming what to narrow
        given().auth().oauth2(token("AUDITOR", "500240000000", "auditor-county")).get("/audit-records/export").then()
                .statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("from"))
                .body("detail", org.hamcrest.Matchers.containsString("at most 2"));

        // the chassis' security headers here too (hazard-service's SecurityHeadersTest has them all)
        given().auth().oauth2(clerk).get("/audit-records").then().statusCode(403)
                .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer");
        given().get("/audit-records/export").then().statusCode(401)
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveARecord() {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO audit_record (id, at, request_id, method, route, status, outcome)
                VALUES (?1, now(), 'test', 'POST', '/test', 201, 'SUCCESS')""").setParameter(1, id).executeUpdate());
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE audit_record SET route = '/elsewhere' WHERE id = ?1").setParameter(1, id).executeUpdate()))
                .hasStackTraceContaining("append-only");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "DELETE FROM audit_record WHERE id = ?1").setParameter(1, id).executeUpdate()))
                .hasStackTraceContaining("append-only");
        List<String> left = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT route FROM audit_record WHERE id = ?1").setParameter(1, id).getResultList().stream().map(Object::toString).toList());
        assertThat(left).containsExactly("/test");
    }

    private static Map<String, Object> campaign() {
        return Map.of("title", "审计用专项行动", "documentNumber", "三星府发〔2023〕76号", "issuingBody", "三星乡人民政府",
                "regionCode", TOWNSHIP, "year", 2023, "phases", List.of(Map.of("name", "动员部署", "endsOn", "2023-05-20")));
    }
}

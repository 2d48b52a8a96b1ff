package cn.hazardledger.notifyservice.audit;

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

/** notify-service keeps the same audit trail as the others (the chassis'): a write, a refusal, a 401, the auditor. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify"))
class AuditTrailTest {

    static final String TOWNSHIP = "500240213000";
    static final String AUDITOR = token("AUDITOR", TOWNSHIP, "auditor-sanxing");

    @Inject
    EntityManager em;

    @Test
    void refusalsUnauthenticatedWritesAndSensitiveReadsAreRecordedForTheAuditor() {
        String subject = "clerk-" + UUID.randomUUID();
        String clerk = token("TOWNSHIP", TOWNSHIP, subject);
        String missing = UUID.randomUUID().toString();
        given().auth().oauth2(clerk).header("X-Request-Id", "read-" + subject).contentType(ContentType.JSON)
                .body(Map.of()).post("/inbox/" + missing + "/read").then().statusCode(404);
        given().auth().oauth2(token("LEADER", TOWNSHIP, subject)).header("X-Request-Id", "download-" + subject)
                .get("/bulletins/" + missing + ".xlsx").then().statusCode(404);
        String anonymous = "anonymous-" + UUID.randomUUID();
        given().header("X-Request-Id", anonymous).post("/inbox/" + missing + "/acknowledge").then().statusCode(401);

        given().auth().oauth2(AUDITOR).queryParam("subject", subject).get("/audit-records").then().statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items.find { it.requestId == 'read-" + subject + "' }.route", equalTo("/inbox/{id}/read"))
                .body("items.find { it.requestId == 'read-" + subject + "' }.resourceIds.id", equalTo(missing))
                .body("items.find { it.requestId == 'read-" + subject + "' }.problemType",
                        equalTo("https://hazard-ledger.cn/problems/not-found"))
                .body("items.find { it.requestId == 'download-" + subject + "' }.action", equalTo("bulletin.download"))
                .body("items.find { it.requestId == 'download-" + subject + "' }.role", equalTo("LEADER"));
        given().auth().oauth2(token("AUDITOR", "500240000000", "auditor-county")).queryParam("outcome", "DENIED")
                .queryParam("limit", "100").get("/audit-records").then().statusCode(200)
                .body("items.requestId", hasItem(anonymous));
        given().auth().oauth2(token("AUDITOR", "500240214000", "auditor-bashan")).queryParam("subject", subject)
                .get("/audit-records").then().statusCode(200).body("items.size()", equalTo(0));
        String csv = given().auth().oauth2(AUDITOR).queryParam("subject", subject).get("/audit-records/export")
                .then().statusCode(200).contentType(startsWith("text/csv")).extract().asString();
        assertThat(csv.split("\r\n")).hasSize(3);
        given().auth().oauth2(clerk).get("/audit-records").then().statusCode(403);
        given().get("/audit-records").then().statusCode(401);
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
}

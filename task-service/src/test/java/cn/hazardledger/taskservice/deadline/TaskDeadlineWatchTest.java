package cn.hazardledger.taskservice.deadline;

import cn.hazardledger.testsupport.ProducerSchemas;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** task.deadline-approaching.v1 and task.overdue.v1 once per due date, with two replicas and after a restart. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "task"))
class TaskDeadlineWatchTest {

    static final String TOWNSHIP = token("TOWNSHIP", "500240213000", "township-clerk-1");
    static final int YEAR = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();

    @Inject
    TaskDeadlineWatch watch;

    @Inject
    EntityManager em;

    @Test
    void aCampaignTaskIsAlertedOnceBeforeItsDeadlineAndOnceAfterIt() throws Exception {
        String campaign = publishedCampaign();
        // (2) 制定重大事故隐患专项排查整治行动方案: 5月15日前
        String task = given().auth().oauth2(TOWNSHIP).get("/campaigns/" + campaign + "/tasks").then().extract().jsonPath()
                .getList("findAll { it.number == '2' }.id", String.class).get(0);

        twoReplicas(LocalDate.of(YEAR, 5, 13));
        assertThat(alerts(campaign, task)).containsExactly("task.deadline-approaching.v1");
        twoReplicas(LocalDate.of(YEAR, 5, 16));
        watch.scan(LocalDate.of(YEAR, 5, 17));
        assertThat(alerts(campaign, task)).containsExactly("task.deadline-approaching.v1", "task.overdue.v1");
    }

    private void twoReplicas(LocalDate today) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        Runnable scan = () -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            watch.scan(today);
        };
        CompletableFuture.allOf(CompletableFuture.runAsync(scan), CompletableFuture.runAsync(scan)).get();
    }

    @SuppressWarnings("unchecked")
    private List<String> alerts(String campaign, String subject) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT type, payload FROM outbox_event WHERE aggregate_id = ?1
                          AND type IN ('task.deadline-approaching.v1', 'task.overdue.v1') AND payload LIKE ?2 ORDER BY seq""")
                .setParameter(1, campaign).setParameter(2, "%\"subjectId\":\"" + subject + "\"%").getResultList();
        return rows.stream().map(r -> ProducerSchemas.valid((String) r[0], (String) r[1]) == null ? null : (String) r[0]).toList();
    }

    private String publishedCampaign() throws Exception {
        String id = given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON)
                .body(Map.of("title", "临期超期", "regionCode", "500240213000", "year", YEAR))
                .post("/campaigns").then().statusCode(201).extract().path("id");
        String etag = given().auth().oauth2(TOWNSHIP).get("/campaigns/" + id).then().extract().header("ETag");
        byte[] table;
        try (InputStream in = getClass().getResourceAsStream("/breakdown/sanxing-2023-task-breakdown.csv")) {
            table = in.readAllBytes();
        }
        String imported = given().auth().oauth2(TOWNSHIP).contentType("text/csv").header("If-Match", etag).body(table)
                .put("/campaigns/" + id + "/breakdown").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).header("If-Match", imported).body(Map.of())
                .post("/campaigns/" + id + "/publication").then().statusCode(200);
        return id;
    }
}

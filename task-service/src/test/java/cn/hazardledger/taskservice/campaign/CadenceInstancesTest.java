package cn.hazardledger.taskservice.campaign;

import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.io.IOException;
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
import static org.hamcrest.Matchers.equalTo;

/** Instances of recurring tasks: once per period with two replicas at once and after a restart; done per period. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "task"))
class CadenceInstancesTest {

    static final String TOWNSHIP = token("TOWNSHIP", "500240213000", "township-clerk-1");
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Inject
    CadenceInstances instances;

    @Inject
    EntityManager em;

    @Test
    void eachPeriodOfARecurringTaskIsOpenedOnceAndDoneByItsOwnFinalReport() throws Exception {
        String id = publishedCampaign();
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> openAfter(together, TODAY));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> openAfter(together, TODAY));
        a.get();
        b.get();
        long first = count(id);
        assertThat(first).as("instances of the published campaign's recurring tasks").isPositive();
        assertThat(duplicates(id)).isZero();

        // a restarted service runs the job again over the same state
        instances.openDue(TODAY);
        assertThat(count(id)).isEqualTo(first);
        assertThat(((Number) em.createNativeQuery("""
                        SELECT count(*) FROM outbox_event WHERE aggregate_id = ?1 AND type = 'campaign.instance-opened.v1'""")
                .setParameter(1, id).getSingleResult()).longValue()).as("one announcement per instance").isEqualTo(first);

        String monthly = given().auth().oauth2(TOWNSHIP).get("/campaigns/" + id + "/tasks").then().extract().jsonPath()
                .getList("findAll { it.cadence == 'MONTHLY' && it.deadline == null }.id", String.class).get(0);
        List<Map<String, Object>> open = given().auth().oauth2(TOWNSHIP)
                .get("/campaigns/" + id + "/tasks/" + monthly + "/instances").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertThat(open).extracting(i -> i.get("periodKey"))
                .containsExactly(String.format("%d-M%02d", TODAY.getYear(), TODAY.getMonthValue()));
        String period = (String) open.get(0).get("periodKey");

        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON).body(Map.of("text", "本月督导检查已完成", "completes", true))
                .post("/campaigns/" + id + "/tasks/" + monthly + "/reports").then().statusCode(400)
                .body("errors[0].field", equalTo("periodKey"));
        given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON)
                .body(Map.of("text", "本月督导检查已完成", "completes", true, "periodKey", period))
                .post("/campaigns/" + id + "/tasks/" + monthly + "/reports").then().statusCode(201)
                .body("taskStatus", equalTo("OPEN"));
        given().auth().oauth2(TOWNSHIP).get("/campaigns/" + id + "/tasks/" + monthly + "/instances").then()
                .body("[0].status", equalTo("DONE"));
    }

    private int openAfter(CyclicBarrier barrier, LocalDate today) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return instances.openDue(today);
    }

    private long count(String campaign) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM campaign_task_instance WHERE campaign_id = cast(?1 as uuid)")
                .setParameter(1, campaign).getSingleResult()).longValue();
    }

    private long duplicates(String campaign) {
        return ((Number) em.createNativeQuery("""
                        SELECT count(*) FROM (SELECT item_id, period_key FROM campaign_task_instance
                        WHERE campaign_id = cast(?1 as uuid) GROUP BY item_id, period_key HAVING count(*) > 1) d""")
                .setParameter(1, campaign).getSingleResult()).longValue();
    }

    private String publishedCampaign() throws IOException {
        String id = given().auth().oauth2(TOWNSHIP).contentType(ContentType.JSON)
                .body(Map.of("title", "本年度专项行动", "regionCode", "500240213000", "year", TODAY.getYear()))
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

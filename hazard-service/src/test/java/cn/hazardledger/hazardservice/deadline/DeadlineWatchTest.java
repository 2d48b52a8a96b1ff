package cn.hazardledger.hazardservice.deadline;

import cn.hazardledger.hazardservice.hazard.Hazards;
import cn.hazardledger.hazardservice.hazard.Walk;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static cn.hazardledger.testsupport.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * hazard.deadline-approaching.v1 and hazard.overdue.v1 once per deadline: with two scanners at once (what two
 * replicas do), and again after a restart (a later scan over the same state).
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class DeadlineWatchTest {

    static final String INSPECTOR = token("INSPECTOR", Hazards.TOWNSHIP);
    static final String TOWNSHIP = token("TOWNSHIP", Hazards.TOWNSHIP, "township-clerk-1");
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Inject
    DeadlineWatch watch;

    @Inject
    EntityManager em;

    @Test
    void twoReplicasScanningTogetherRaiseEachAlertOnceAndARestartRaisesNothingAgain() throws Exception {
        Walk near = rectifying("临期隐患", 2);
        Walk far = rectifying("远期隐患", 20);

        twoReplicasScan(TODAY);
        assertThat(alerts(near)).containsExactly("hazard.deadline-approaching.v1");
        assertThat(alerts(far)).isEmpty();

        twoReplicasScan(TODAY.plusDays(3));
        assertThat(alerts(near)).containsExactly("hazard.deadline-approaching.v1", "hazard.overdue.v1");

        // a restarted service scans the same state again: nothing more
        watch.scan(TODAY.plusDays(3));
        watch.scan(TODAY.plusDays(4));
        assertThat(alerts(near)).containsExactly("hazard.deadline-approaching.v1", "hazard.overdue.v1");
        assertThat(alerts(far)).isEmpty();
    }

    @Test
    void aNewDeadlineIsAlertedAgainAndASubmittedHazardIsNot() throws Exception {
        Walk walk = rectifying("延期后再临期", 1);
        watch.scan(TODAY);
        walk.step(TOWNSHIP, "/extensions", Map.of("reason", "材料未到", "proposedDeadline", TODAY.plusDays(10).toString()), 200);
        String extension = io.restassured.RestAssured.given().auth().oauth2(TOWNSHIP).get("/hazards/" + walk.id + "/extensions")
                .then().extract().path("[0].id");
        walk.step(token("TOWNSHIP", Hazards.TOWNSHIP, "township-clerk-2"), "/extensions/" + extension + "/decision",
                Map.of("decision", "APPROVED"), 200);
        watch.scan(TODAY.plusDays(8));
        assertThat(alerts(walk)).containsExactly("hazard.deadline-approaching.v1", "hazard.deadline-approaching.v1");

        String photo = walk.uploadPhoto(TOWNSHIP);
        walk.step(TOWNSHIP, "/submission", Map.of("summary", "已整改", "evidenceIds", List.of(photo)), 200);
        watch.scan(TODAY.plusDays(30));
        assertThat(alerts(walk)).containsExactly("hazard.deadline-approaching.v1", "hazard.deadline-approaching.v1");
    }

    private void twoReplicasScan(LocalDate today) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> scanAfter(together, today));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> scanAfter(together, today));
        a.get();
        b.get();
    }

    private int scanAfter(CyclicBarrier barrier, LocalDate today) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return watch.scan(today);
    }

    private Walk rectifying(String title, int days) {
        Walk walk = Walk.report(INSPECTOR, Hazards.report(Hazards.VILLAGE, title));
        walk.step(TOWNSHIP, "/confirmation", Map.of(), 200);
        walk.step(TOWNSHIP, "/rectification-plan", Walk.plan(TODAY.plusDays(days).toString()), 200);
        return walk;
    }

    private List<String> alerts(Walk walk) {
        return walk.events(em).stream().filter(t -> t.startsWith("hazard.deadline") || t.startsWith("hazard.overdue")).toList();
    }
}

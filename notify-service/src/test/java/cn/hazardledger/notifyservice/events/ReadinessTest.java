package cn.hazardledger.notifyservice.events;

import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Ready means the database and broker answer, both channels are up and both consumers have joined their groups. */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify"))
class ReadinessTest {

    @Test
    void readinessWaitsForBothConsumerGroups() {
        List<Map<String, Object>> checks = await().atMost(Duration.ofSeconds(30)).until(
                () -> given().get("/q/health/ready").then().extract().<List<Map<String, Object>>>path("checks"),
                c -> c.stream().allMatch(check -> "UP".equals(check.get("status"))));
        Map<String, Object> groups = checks.stream().filter(c -> "Kafka consumer groups joined".equals(c.get("name")))
                .findFirst().orElseThrow();
        assertThat(groups.get("data")).isEqualTo(Map.of("notify-service.hazard-events", "joined",
                "notify-service.task-events", "joined"));
        assertThat(checks).extracting(c -> c.get("name"))
                .contains("Database connections health check", "Kafka connection health check",
                        "SmallRye Reactive Messaging - readiness check");
    }
}

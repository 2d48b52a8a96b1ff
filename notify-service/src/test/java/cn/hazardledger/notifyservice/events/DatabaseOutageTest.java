package cn.hazardledger.notifyservice.events;

import cn.hazardledger.testsupport.DatabaseOutage;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import cn.hazardledger.testsupport.TestEvents;
import cn.hazardledger.testsupport.TopicRecords;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static cn.hazardledger.testsupport.TestTokens.token;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

/**
 * A database outage is a passing failure: the consumer holds its record for as long as it lasts, readiness
 * says so, and afterwards the notification is made. Nothing goes to the dead-letter topic.
 */
@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notify"))
class DatabaseOutageTest {

    private static final String VILLAGE = "500240213001";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void eventsWaitForTheDatabaseAndAreNeverDeadLettered() throws Exception {
        String first = Events.id();
        String second = Events.id();
        try (DatabaseOutage outage = DatabaseOutage.of("notify")) {
            TestEvents.send(bootstrap, "hazard.events", first, "hazard.reported.v1", Events.id(),
                    Events.hazardReported(first, "停库期间上报一", VILLAGE, "GENERAL"));
            TestEvents.send(bootstrap, "hazard.events", second, "hazard.reported.v1", Events.id(),
                    Events.hazardReported(second, "停库期间上报二", VILLAGE, "MAJOR"));
            // more waits than the tries a failing effect gets before it is dead-lettered (events.retry.attempts)
            await().atMost(Duration.ofSeconds(60)).until(() -> retries() >= 6);
            given().get("/q/health/ready").then().statusCode(503)
                    .body(containsString("Kafka consumers processing"))
                    .body(containsString("notify-service.hazard-events"));
        }
        assertThat(EventConsumersTest.awaitItemsAbout(token("TOWNSHIP", "500240213000"), first, 1)).hasSize(1);
        assertThat(EventConsumersTest.awaitItemsAbout(token("REGULATOR", "500240000000"), second, 1)).hasSize(1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/ready").then().statusCode(200));
        assertThat(TopicRecords.readAll(bootstrap, "notify-service.dlq"))
                .noneMatch(r -> first.equals(r.key()) || second.equals(r.key()));
    }

    private static double retries() {
        return given().get("/q/metrics").then().extract().asString().lines()
                .filter(l -> l.startsWith("events_retried_total{") && l.contains("notify-service.hazard-events"))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}

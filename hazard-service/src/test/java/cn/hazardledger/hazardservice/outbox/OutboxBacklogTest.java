package cn.hazardledger.hazardservice.outbox;

import cn.hazardledger.chassis.outbox.Outbox;
import cn.hazardledger.chassis.outbox.OutboxBacklog;
import cn.hazardledger.chassis.outbox.OutboxRelay;
import cn.hazardledger.testsupport.DatabaseOutage;
import cn.hazardledger.testsupport.ServiceInfrastructure;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "hazard"))
class OutboxBacklogTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Inject
    Outbox outbox;

    @Inject
    OutboxBacklog backlog;

    @Test
    void theGaugesCountRowsWaitingAndHowLongTheOldestWaitedAndKeepThemThroughAnOutage() throws Exception {
        await().atMost(Duration.ofSeconds(30)).until(() -> backlog.refresh() && scraped("outbox_backlog") == 0);

        try (Connection otherReplica = DriverManager.getConnection(jdbcUrl, "hazard", "hazard")) {
            otherReplica.setAutoCommit(false);
            try (PreparedStatement lock = otherReplica.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                lock.setLong(1, OutboxRelay.RELAY_LOCK);
                lock.execute();
            }
            // with the relay lock held elsewhere nothing is published, so the rows stay in the backlog
            QuarkusTransaction.requiringNew().run(() -> {
                for (int i = 0; i < 3; i++) {
                    outbox.append(new OutboxTest.Probe("backlog-" + UUID.randomUUID()));
                }
            });
            assertThat(backlog.refresh()).isTrue();
            assertThat(scraped("outbox_backlog")).isEqualTo(3);
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                    .until(() -> backlog.refresh() && scraped("outbox_oldest_age_seconds") >= 1);

            // the outage also cuts the lock holder's connection; the relay cannot publish until it is over
            try (DatabaseOutage outage = DatabaseOutage.of("hazard")) {
                assertThat(backlog.refresh()).isFalse();
                assertThat(scraped("outbox_backlog")).isEqualTo(3);
                assertThat(scraped("outbox_oldest_age_seconds")).isGreaterThanOrEqualTo(1);
            }
        }

        await().atMost(Duration.ofSeconds(30)).until(() ->
                backlog.refresh() && scraped("outbox_backlog") == 0 && scraped("outbox_oldest_age_seconds") == 0);
    }

    /** The value Prometheus would read: the scrape itself, so that the exported names are checked too. */
    private static double scraped(String name) {
        String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^" + name + "(?:\\{[^}]*\\})? (\\S+)$").matcher(text);
        assertThat(m.find()).as(name + " in the scrape").isTrue();
        return Double.parseDouble(m.group(1));
    }
}

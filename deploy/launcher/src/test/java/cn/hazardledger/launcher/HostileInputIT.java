package cn.hazardledger.launcher;

import cn.hazardledger.launcher.fuzz.FuzzCommand;
import cn.hazardledger.launcher.fuzz.FuzzReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A few hundred requests of the hostile-input suite (deploy/fuzz runs 10,000) against the three packaged services,
 * with a fixed seed and the same oracle: no 5xx, problem+json naming the field, no stack trace, no 2xx, and no
 * table changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

    private static final int REQUESTS = 400;
    private static final long SEED = 20261124L;

    private LocalSystem system;
    private Path data;

    @BeforeAll
    void start() throws Exception {
        Path repo = Path.of(System.getProperty("hazardledger.repo", "../..")).toAbsolutePath().normalize();
        data = Files.createTempDirectory("hazard-ledger-hostile");
        system = new LocalSystem(repo, data, Ports.free(), Map.of());
        system.startInfrastructure();
        system.startServices(Duration.ofSeconds(180), cn.hazardledger.launcher.fuzz.HostileInputSuite.WITHOUT_WATCHES);
    }

    @AfterAll
    void stop() throws IOException {
        if (system != null) {
            system.close();
        }
        if (data != null) {
            try (Stream<Path> files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The packaged (production-mode) services serve no development endpoint, and their answers carry the headers. */
    @Test
    void noDevelopmentEndpointInTheProductionBuild() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        for (String name : LocalSystem.SERVICES) {
            ServiceProcess service = system.service(name);
            for (String path : new String[]{"/q/dev-ui", "/q/dev-ui/", "/q/dev", "/q/arc", "/q/arc/beans"}) {
                var answer = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(service.url(path))).build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(name + " " + path).isEqualTo(404);
            }
            var live = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(service.url("/q/health/live")))
                    .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(live.statusCode()).isEqualTo(200);
            assertThat(live.headers().firstValue("X-Content-Type-Options")).as(name).hasValue("nosniff");
        }
    }

    @Test
    void everyHostileRequestIsRefusedCleanlyAndChangesNothing() throws Exception {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        FuzzReport report = FuzzCommand.suite(system, data).run(REQUESTS, SEED,
                new PrintStream(log, true, StandardCharsets.UTF_8));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        report.print(new PrintStream(printed, true, StandardCharsets.UTF_8), 3);
        Path saved = Path.of("target", "hostile-input-it.txt").toAbsolutePath();
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, log.toString(StandardCharsets.UTF_8) + printed.toString(StandardCharsets.UTF_8)
                + "\nAll violations:\n" + report.allViolations());

        assertThat(report.requests()).isEqualTo(REQUESTS);
        // every step on a hazard is aimed at a hazard where a valid request passes (its baseline was sent to a twin
        // and accepted): otherwise its hostile variants would only ever meet the 404/409/412/428 path
        assertThat(report.notes()).as("notes of the run").noneMatch(n -> n.contains("was refused on a hazard prepared for it")
                || n.contains("could not bring a hazard"));
        // the size, not the list: a violation holds its request, and some requests carry 12 MB bodies
        assertThat(report.violations().size())
                .as("%d violations in %d hostile requests (seed %d; full report in %s). By kind: %s%n"
                                + "kind | family | mutation | request | expected, got | what was wrong | body excerpt%n%s",
                        report.violations().size(), REQUESTS, SEED, saved, report.kinds(), report.compactList(500))
                .isZero();
    }
}

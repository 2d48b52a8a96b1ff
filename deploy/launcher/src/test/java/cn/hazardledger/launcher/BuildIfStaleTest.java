package cn.hazardledger.launcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** deploy/run rebuilds exactly the jars whose sources changed, the chassis the services package included. */
class BuildIfStaleTest {

    private static final Path SCRIPT = Path.of(System.getProperty("hazardledger.repo", "../.."))
            .resolve("deploy/scripts/build-if-stale");
    private static final List<String> SERVICE_JARS = List.of("hazard-service/target/quarkus-app/quarkus-run.jar",
            "task-service/target/quarkus-app/quarkus-run.jar", "notify-service/target/quarkus-app/quarkus-run.jar");
    private static final String LAUNCHER_JAR = "deploy/launcher/target/launcher.jar";
    private static final Instant BUILT = Instant.parse("2026-11-20T10:00:00Z");

    @TempDir
    Path repo;

    @BeforeEach
    void aBuiltCheckout() throws IOException {
        Files.createDirectories(repo.resolve("deploy/scripts"));
        Files.copy(SCRIPT, repo.resolve("deploy/scripts/build-if-stale"));
        repo.resolve("deploy/scripts/build-if-stale").toFile().setExecutable(true);
        for (String module : List.of("hazard-service", "task-service", "notify-service", "deploy/chassis", "deploy/launcher")) {
            write(module + "/pom.xml", BUILT.minusSeconds(600));
            write(module + "/src/main/java/Main.java", BUILT.minusSeconds(600));
            write(module + "/src/test/java/MainTest.java", BUILT.minusSeconds(600));
        }
        write("pom.xml", BUILT.minusSeconds(600));
        for (String jar : SERVICE_JARS) {
            write(jar, BUILT);
        }
        write(LAUNCHER_JAR, BUILT);
        // folders change when files come or go; these were all made just now, before the build
        try (var paths = Files.walk(repo)) {
            for (Path dir : paths.filter(Files::isDirectory).toList()) {
                Files.setLastModifiedTime(dir, FileTime.from(BUILT.minusSeconds(600)));
            }
        }
    }

    @Test
    void nothingChangedNothingToBuild() throws Exception {
        assertThat(check()).isEmpty();
    }

    @Test
    void aChangedChassisMakesEveryServiceStaleButNotTheLauncher() throws Exception {
        write("deploy/chassis/src/main/java/Main.java", BUILT.plusSeconds(60));
        assertThat(check()).containsExactlyInAnyOrderElementsOf(SERVICE_JARS);
    }

    @Test
    void aChangedTestChangesNothingThatRuns() throws Exception {
        write("deploy/chassis/src/test/java/MainTest.java", BUILT.plusSeconds(60));
        write("hazard-service/src/test/java/MainTest.java", BUILT.plusSeconds(60));
        assertThat(check()).isEmpty();
    }

    @Test
    void aChangedServiceOrLauncherOrReactorPom() throws Exception {
        write("task-service/src/main/java/Main.java", BUILT.plusSeconds(60));
        write("deploy/launcher/pom.xml", BUILT.plusSeconds(60));
        assertThat(check()).containsExactlyInAnyOrder("task-service/target/quarkus-app/quarkus-run.jar", LAUNCHER_JAR);
        write("pom.xml", BUILT.plusSeconds(120));
        assertThat(check()).hasSize(4);
    }

    @Test
    void aMissingJarIsStale() throws Exception {
        Files.delete(repo.resolve(LAUNCHER_JAR));
        assertThat(check()).containsExactly(LAUNCHER_JAR);
    }

    /** The stale jars that --check prints; it exits 1 when there are any, 0 otherwise. */
    private List<String> check() throws Exception {
        Process p = new ProcessBuilder("bash", repo.resolve("deploy/scripts/build-if-stale").toString(), "--check")
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<String> stale = out.lines().filter(l -> !l.isBlank()).toList();
        assertThat(p.exitValue()).as(out).isEqualTo(stale.isEmpty() ? 0 : 1);
        return stale;
    }

    private void write(String path, Instant modified) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, path);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}

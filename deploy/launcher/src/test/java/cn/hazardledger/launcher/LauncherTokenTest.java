package cn.hazardledger.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The {@code token} subcommand behind deploy/token: its exit codes and what it prints where. */
class LauncherTokenTest {

    @TempDir
    Path data;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void printsOneTokenWithDefaultRegionAndSubject() throws Exception {
        Keys.ensure(data.resolve("keys"));

        assertThat(token("township")).isZero();

        String jwt = out.toString(StandardCharsets.UTF_8).trim();
        assertThat(jwt).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        String claims = new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        assertThat(claims).contains("\"region_code\":\"500240213000\"", "\"sub\":\"demo-township\"", "\"groups\":[\"TOWNSHIP\"]");
        assertThat(err.size()).isZero();
    }

    @Test
    void badArgumentsPrintUsageAndExit2() throws Exception {
        Keys.ensure(data.resolve("keys"));

        assertThat(token()).isEqualTo(2);
        assertThat(token("ADMIN")).isEqualTo(2);
        assertThat(token("TOWNSHIP", "5002402130")).isEqualTo(2);

        assertThat(out.size()).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: deploy/token ROLE");
    }

    @Test
    void withoutKeysItSaysToRunTheSystemFirst() {
        assertThat(token("TOWNSHIP")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("run deploy/run once first");
    }

    private int token(String... args) {
        return Launcher.token(data, List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }
}

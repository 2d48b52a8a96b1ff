package cn.hazardledger.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
    void aUnitTokenCarriesItsUnitAndTheNameOfItsPerson() throws Exception {
        Keys.ensure(data.resolve("keys"));

        assertThat(token("UNIT", "500240000000", "zjw-1", "--unit", "500240-ZJW:忠县住房和城乡建设委员会", "--name", "刘伟"))
                .isZero();

        JsonNode claims = claims();
        assertThat(claims.get("groups").get(0).asText()).isEqualTo("UNIT");
        assertThat(claims.get("region_code").asText()).isEqualTo("500240000000");
        assertThat(claims.get("sub").asText()).isEqualTo("zjw-1");
        assertThat(claims.get("unit_code").asText()).isEqualTo("500240-ZJW");
        assertThat(claims.get("unit_name").asText()).isEqualTo("忠县住房和城乡建设委员会");
        assertThat(claims.get("name").asText()).isEqualTo("刘伟");
        assertThat(claims.has("credit_code")).isFalse();
    }

    @Test
    void anEnterpriseTokenCarriesItsCreditCodeAndOptionsMayComeFirstOrWithEquals() throws Exception {
        Keys.ensure(data.resolve("keys"));

        assertThat(token("--credit-code=914403001922038216", "ENTERPRISE", "500240213000", "boss-1", "--name=陈老板"))
                .isZero();

        JsonNode claims = claims();
        assertThat(claims.get("credit_code").asText()).isEqualTo("914403001922038216");
        assertThat(claims.get("name").asText()).isEqualTo("陈老板");
        assertThat(claims.get("sub").asText()).isEqualTo("boss-1");
        assertThat(claims.has("unit_code")).isFalse();
        assertThat(err.size()).isZero();
    }

    @Test
    void aNameAloneGoesOnAnyRoleAndTheDefaultsStay() throws Exception {
        Keys.ensure(data.resolve("keys"));

        assertThat(token("inspector", "--name", "李明")).isZero();

        JsonNode claims = claims();
        assertThat(claims.get("name").asText()).isEqualTo("李明");
        assertThat(claims.get("region_code").asText()).isEqualTo("500240213000");
        assertThat(claims.get("sub").asText()).isEqualTo("demo-inspector");
    }

    @Test
    void badClaimOptionsPrintWhatIsWrongAndTheUsageAndExit2() throws Exception {
        Keys.ensure(data.resolve("keys"));

        assertBad("credit code 91350100M000100Y44", "wrong check character",
                "ENTERPRISE", "500240213000", "boss-1", "--credit-code", "91350100M000100Y44");
        assertBad("credit code too short", "18 characters", "ENTERPRISE", "--credit-code", "9135010");
        assertBad("lower-case credit code", "upper case", "ENTERPRISE", "--credit-code", "91350100m000100y43");
        assertBad("unit without a name", "CODE:NAME", "UNIT", "500240000000", "zjw-1", "--unit", "500240-ZJW");
        assertBad("unit with an empty name", "CODE:NAME", "UNIT", "--unit", "500240-ZJW:");
        assertBad("unit without a code", "CODE:NAME", "UNIT", "--unit", ":忠县住房和城乡建设委员会");
        assertBad("unit on a township token", "for UNIT tokens", "TOWNSHIP", "--unit", "500240-ZJW:忠县住建委");
        assertBad("credit code on an inspector", "for ENTERPRISE tokens", "INSPECTOR", "--credit-code", "91350100M000100Y43");
        assertBad("blank name", "--name must not be blank", "INSPECTOR", "--name", " ");
        assertBad("name over 100 characters", "at most 100", "INSPECTOR", "--name", "李".repeat(101));
        assertBad("option without value", "--name needs a value", "INSPECTOR", "--name");
        assertBad("unknown option", "unknown option --role", "INSPECTOR", "--role", "TOWNSHIP");
        assertBad("option twice", "given twice", "INSPECTOR", "--name", "李明", "--name", "王芳");
        assertBad("four positional arguments", "at most", "INSPECTOR", "500240213000", "a", "b");
    }

    private void assertBad(String why, String message, String... args) {
        out.reset();
        err.reset();
        assertThat(token(args)).as(why).isEqualTo(2);
        assertThat(out.size()).as(why + ": nothing on stdout").isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).as(why).contains(message).contains("usage: deploy/token ROLE");
    }

    private JsonNode claims() throws Exception {
        String jwt = out.toString(StandardCharsets.UTF_8).trim();
        return new ObjectMapper().readTree(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
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

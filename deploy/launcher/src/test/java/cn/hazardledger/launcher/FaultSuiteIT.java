package cn.hazardledger.launcher;

import cn.hazardledger.launcher.faults.FaultReport;
import cn.hazardledger.launcher.faults.FaultSuite;
import cn.hazardledger.launcher.faults.Plan;
import org.junit.jupiter.api.Test;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault suite in small (deploy/faults quick): the broker killed, PostgreSQL stopped for longer than any
 * in-place retry and then killed, two services killed mid-flight, poison and a doubled delivery, all under
 * load of reports, reviews and walks to closure; nothing acknowledged is lost, nothing is doubled (each step once
 * in its ledger, each entry with one event), only the poison is dead-lettered.
 */
class FaultSuiteIT {

    @Test
    void nothingLostNothingDoubledUnderFaults() throws Exception {
        Path repo = Path.of(System.getProperty("hazardledger.repo", "../..")).toAbsolutePath().normalize();
        Path data = Files.createTempDirectory("hazard-ledger-faults-it");
        try {
            FaultReport report = new FaultSuite(repo, data, Plan.quick(),
                    new PrintStream(System.out, true, StandardCharsets.UTF_8)).run();
            assertThat(report.problems()).isEmpty();
            assertThat(report.passed()).isTrue();
        } finally {
            Scratch.delete(data);
        }
    }
}

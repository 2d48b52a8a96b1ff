package cn.hazardledger.launcher;

import cn.hazardledger.launcher.scaleout.ScaleOut;
import cn.hazardledger.launcher.scaleout.ScaleOutPlan;
import cn.hazardledger.launcher.scaleout.ScaleOutReport;
import org.junit.jupiter.api.Test;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scale-out drill in small (deploy/scale-out quick): two replicas of each service behind a round-robin, one broker
 * with six partitions per topic, load through both hazard-service replicas, one replica of each service stopped
 * mid-load; nothing lost or doubled, every outbox row published once, the deadline watches, the
 * cadence instances and the bulletins once per period, and every replica given work.
 */
class ScaleOutIT {

    @Test
    void twoReplicasOfEachServiceShareTheWorkAndDoEachThingOnce() throws Exception {
        Path repo = Path.of(System.getProperty("hazardledger.repo", "../..")).toAbsolutePath().normalize();
        Path data = Files.createTempDirectory("hazard-ledger-scale-out-it");
        try {
            ScaleOutReport report = new ScaleOut(repo, data, ScaleOutPlan.quick(),
                    new PrintStream(System.out, true, StandardCharsets.UTF_8)).run();
            assertThat(report.problems()).isEmpty();
            assertThat(report.passed()).isTrue();
        } finally {
            Scratch.delete(data);
        }
    }
}

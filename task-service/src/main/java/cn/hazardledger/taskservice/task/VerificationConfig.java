package cn.hazardledger.taskservice.task;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How long a township has to verify a reported hazard (README, "Who verifies a report"). */
@ConfigMapping(prefix = "task.verify")
public interface VerificationConfig {

    /** For a general hazard (一般隐患). */
    @WithDefault("P3D")
    Duration generalWithin();

    /** For a major hazard (重大事故隐患), which is urgent. */
    @WithDefault("P1D")
    Duration majorWithin();
}

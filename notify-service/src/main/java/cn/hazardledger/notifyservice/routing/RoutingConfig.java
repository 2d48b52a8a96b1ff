package cn.hazardledger.notifyservice.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Timings of the follow-ups that no event triggers: 约谈 suggestions and dual-report reminders. */
@ConfigMapping(prefix = "routing")
public interface RoutingConfig {

    /** How long a subject may stay overdue before the next level up is asked to summon the responsible side (约谈). */
    @WithDefault("P7D")
    Duration summonAfter();

    /** How often the follow-up jobs (约谈 suggestions, dual-report reminders) look; the scheduler reads it too. */
    @WithDefault("60s")
    Duration followUpEvery();

    /** How long after start-up they first look. */
    @WithDefault("20s")
    Duration followUpDelay();

    DualReport dualReport();

    interface DualReport {
        /** How long a side may leave its dual report unacknowledged before it is reminded (and between reminders). */
        @WithDefault("PT24H")
        Duration remindAfter();

        /** Reminders per side at most; after them the side's silence shows in the dual report's state. */
        @WithDefault("3")
        int reminders();
    }
}

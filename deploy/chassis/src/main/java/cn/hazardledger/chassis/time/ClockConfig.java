package cn.hazardledger.chassis.time;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The service's clock (README, "Operations"). */
@ConfigMapping(prefix = "hazardledger.clock")
public interface ClockConfig {

    /**
     * For demos and drills only: shifts what the service believes now is, by an ISO-8601 duration ({@code -P20D} is
     * twenty days ago). Everything the service stamps, decides or derives from "now" moves with it: report and step
     * times, deadlines refused as past, overdue, ledger years, outbox and idempotency times. Tokens are still checked
     * against the real time. deploy/run seeds its demo data with hazard-service shifted back, so that the ledger has
     * a history and a plan made then is overdue now; production leaves it at PT0S.
     */
    @WithDefault("PT0S")
    Duration offset();
}

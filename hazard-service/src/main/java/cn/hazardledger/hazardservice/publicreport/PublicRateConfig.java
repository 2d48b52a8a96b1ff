package cn.hazardledger.hazardservice.publicreport;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Limits on the endpoints anyone may call without a token (hazard-service/README.md, "Rate limit across replicas"). */
@ConfigMapping(prefix = "public-reports.rate-limit")
public interface PublicRateConfig {

    /** The fixed window the hits are counted in. */
    @WithDefault("PT1H")
    Duration window();

    /** Reports (and photo uploads) one client address may send per window. */
    @WithDefault("5")
    int reports();

    /** Photos one client address may send per window (a report takes at most 9). */
    @WithDefault("20")
    int photos();

    /** Status reads one client address may make per window: enough to look now and then, too few to guess secrets. */
    @WithDefault("30")
    int statusReads();

    /**
     * The reverse proxies whose X-Forwarded-For is believed: IP addresses or networks (10.244.0.0/16), e.g. the
     * ingress controller's pod network. Empty by default: then the client is the TCP peer, and X-Forwarded-For, which
     * anyone can write, is ignored.
     */
    Optional<List<String>> trustedProxies();

    /** How often windows that have ended are deleted (off to stop it). */
    @WithDefault("10m")
    String cleanupEvery();
}

package cn.hazardledger.chassis.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The audit trail's settings (README "Security"). */
@ConfigMapping(prefix = "hazardledger.audit")
public interface AuditConfig {

    /**
     * How long a record is kept before the retention job deletes it (env {@code HAZARDLEDGER_AUDIT_RETENTION}).
     * At least {@link AuditRetention#FLOOR} (等保 2.0 level 3 keeps logs six months at least); a shorter one
     * stops the service at start-up, and the table's trigger refuses to delete younger rows anyway.
     */
    @WithDefault("P400D")
    Duration retention();

    /** How often the retention job looks; {@code off} stops it (a test, or a replica left out of it). */
    @WithDefault("1h")
    String purgeEvery();

    /** The most rows one CSV export holds; a wider filter is refused with a problem asking to narrow it. */
    @WithDefault("10000")
    int exportMaxRows();
}

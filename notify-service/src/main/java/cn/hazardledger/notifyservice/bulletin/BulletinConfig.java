package cn.hazardledger.notifyservice.bulletin;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/** Bulletins (通报): what is issued on schedule, and how it is laid out (notify-service/docs/bulletins.md). */
@ConfigMapping(prefix = "bulletins")
public interface BulletinConfig {

    /** HALF_YEARLY (the default: 三星府发〔2023〕76号 §一.5 asks for half-yearly progress) or QUARTERLY. */
    @WithDefault("HALF_YEARLY")
    Cadence cadence();

    /**
     * The regions issued a bulletin on schedule, 12-digit codes ({@code BULLETINS_REGIONS}, comma-separated). The
     * local default is the demo county 忠县; production names its own.
     */
    @WithDefault("500240000000")
    List<String> regions();

    /** The China time of day, on the first day after a period, from which its scheduled bulletin is due. */
    @WithDefault("08:00")
    LocalTime issueAt();

    /**
     * How often each replica looks for a due bulletin (a Quarkus scheduler period such as 15m; "off" stops the
     * schedule, and bulletins are then only ordered on demand).
     */
    @WithDefault("15m")
    String every();

    /** How long after start-up the schedule first looks: the other services start alongside. */
    @WithDefault("1m")
    String delayed();

    /**
     * How many hazards each list (超期隐患, 挂牌督办) shows at most; the rest are counted and said to be left out, so
     * that a county with thousands overdue still gets a document a leader can read (and the service a bounded read).
     */
    @WithDefault("200")
    int listLimit();

    /**
     * Names of regions as people say them (三星乡), by code; hazard-service keeps no register of divisions, so a
     * region without a name here is shown by its code alone.
     */
    Map<String, String> regionNames();
}

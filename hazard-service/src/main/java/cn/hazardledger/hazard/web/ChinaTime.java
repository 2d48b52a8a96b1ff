package cn.hazardledger.hazard.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Times are stored in UTC and shown to people and systems in China's time zone. */
public final class ChinaTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private ChinaTime() {
    }

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atZone(ZONE).toOffsetDateTime();
    }
}

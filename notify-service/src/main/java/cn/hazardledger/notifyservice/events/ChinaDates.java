package cn.hazardledger.notifyservice.events;

import cn.hazardledger.chassis.web.ChinaTime;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Times as people read them on a phone: Beijing time, to the minute (2026-11-27 10:00). */
final class ChinaDates {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ChinaDates() {
    }

    /** {@code iso} was checked by {@link Fields#timeIfPresent}. */
    static String shown(String iso) {
        return OffsetDateTime.parse(iso).atZoneSameInstant(ChinaTime.ZONE).format(SHOWN);
    }
}

package cn.hazardledger.chassis.time;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClocksTest {

    @Test
    void withoutAnOffsetTheClockIsTheSystemsInUtcTickingInMicroseconds() {
        Clock clock = Clocks.of(Duration.ZERO);

        assertThat(clock.getZone()).isEqualTo(java.time.ZoneOffset.UTC);
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(5));
        assertThat(clock.instant().getNano() % 1_000).isZero();
    }

    @Test
    void anOffsetShiftsWhatNowIs() {
        Clock clock = Clocks.of(Duration.parse("-P20D"));

        long shiftedBy = Duration.between(Instant.now(), clock.instant()).toSeconds();

        assertThat(shiftedBy).isCloseTo(-20 * 86_400L, within(5L));
        assertThat(clock.instant().getNano() % 1_000).isZero();
    }

    @Test
    void theLogShowsTheOffsetAsItIsWritten() {
        assertThat(Clocks.shown(Duration.parse("-P20D"))).isEqualTo("-P20D");
        assertThat(Clocks.shown(Duration.parse("P3D"))).isEqualTo("P3D");
        assertThat(Clocks.shown(Duration.parse("-PT90M"))).isEqualTo("PT-1H-30M");
    }
}

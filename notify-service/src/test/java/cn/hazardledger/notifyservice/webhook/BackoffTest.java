package cn.hazardledger.notifyservice.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackoffTest {

    private final Backoff production = new Backoff(Duration.ofSeconds(30), 2, Duration.ofHours(2), 0.2);

    @Test
    void theScheduleDoublesFromTheBaseUpToTheMaximum() {
        assertThat(production.after(1, () -> 0.5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(production.after(2, () -> 0.5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(production.after(5, () -> 0.5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(production.after(9, () -> 0.5)).isEqualTo(Duration.ofMinutes(128).compareTo(Duration.ofHours(2)) > 0
                ? Duration.ofHours(2) : Duration.ofMinutes(128));
        assertThat(production.after(40, () -> 0.99)).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void jitterStaysWithinItsShareAndNeverMakesAWaitShorterThanTheOneBefore() {
        assertThat(production.after(3, () -> 0.0)).isEqualTo(Duration.ofSeconds(96));
        assertThat(production.after(3, () -> 0.999999)).isBetween(Duration.ofMillis(143_999), Duration.ofSeconds(144));
        Random random = new Random(7);
        for (int run = 0; run < 1000; run++) {
            Duration previous = Duration.ZERO;
            for (int n = 1; n <= 15; n++) {
                Duration wait = production.after(n, random::nextDouble);
                assertThat(wait).isGreaterThanOrEqualTo(previous);
                previous = wait;
            }
        }
    }

    @Test
    void aScheduleThatCannotWorkIsRefusedAtStart() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, 2, Duration.ofHours(1), 0.2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), 0.5, Duration.ofHours(1), 0.2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), 2, Duration.ofHours(1), 1.0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

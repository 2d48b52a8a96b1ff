package cn.hazardledger.chassis.events;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class TransientRetryTest {

    @Test
    void connectionAndSerialisationFailuresArePassing() {
        assertThat(TransientRetry.isTransient(new RuntimeException(new SQLTransientConnectionException("pool")))).isTrue();
        assertThat(TransientRetry.isTransient(new RuntimeException(new SQLException("gone", "08006")))).isTrue();
        assertThat(TransientRetry.isTransient(new RuntimeException(new SQLException("conflict", "40001")))).isTrue();
    }

    @Test
    void poisonAndConstraintFailuresAreNot() {
        assertThat(TransientRetry.isTransient(new UnprocessableEvent("bad"))).isFalse();
        assertThat(TransientRetry.isTransient(new RuntimeException(new SQLException("dup", "23505")))).isFalse();
        assertThat(TransientRetry.isTransient(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void retriesAPassingFailureUntilItSucceeds() {
        TransientRetry retry = new TransientRetry();
        retry.attempts = 3;
        retry.backoff = java.time.Duration.ofMillis(1);
        int[] calls = {0};
        String result = retry.run(() -> {
            if (++calls[0] < 3) {
                throw new RuntimeException(new SQLException("restart", "57P01"));
            }
            return "done";
        });
        assertThat(result).isEqualTo("done");
        assertThat(calls[0]).isEqualTo(3);
    }
}

package cn.hazardledger.chassis.database;

import jakarta.persistence.PersistenceException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class PassingFailuresTest {

    @Test
    void connectionLossRestartsAndConflictsPass() {
        assertThat(PassingFailures.isKnownPassing(new SQLException("terminating connection", "57P01"))).isTrue();
        assertThat(PassingFailures.isKnownPassing(new SQLException("connection refused", "08001"))).isTrue();
        assertThat(PassingFailures.isKnownPassing(new SQLException("could not serialize", "40001"))).isTrue();
        assertThat(PassingFailures.isKnownPassing(new SQLException("deadlock detected", "40P01"))).isTrue();
        assertThat(PassingFailures.isKnownPassing(new SQLException("too many connections", "53300"))).isTrue();
        assertThat(PassingFailures.isKnownPassing(new SQLTransientConnectionException("pool"))).isTrue();
        assertThat(PassingFailures.isKnownPassing(new PersistenceException("wrapped",
                new JDBCConnectionException("lost", new SQLException("x", "08006"))))).isTrue();
        assertThat(PassingFailures.isKnownPassing(new RuntimeException(new ConnectException("refused")))).isTrue();
    }

    @Test
    void whatWillFailAgainIsNotKnownToPass() {
        assertThat(PassingFailures.isKnownPassing(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(PassingFailures.isKnownPassing(new SQLException("value too long", "22001"))).isFalse();
        assertThat(PassingFailures.isKnownPassing(new SQLException("no state"))).isFalse();
        assertThat(PassingFailures.isKnownPassing(new IllegalStateException("bug"))).isFalse();
        assertThat(PassingFailures.isKnownPassing(new NullPointerException())).isFalse();
    }
}

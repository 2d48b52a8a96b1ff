package cn.hazardledger.chassis.database;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;
import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

import javax.sql.DataSource;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.List;

/**
 * Tells a passing failure (the database restarting, a lost connection, a serialisation conflict) from one
 * that will happen again however often it is tried. What the exception says is not always enough (a pool
 * that times out waiting for a connection names no SQL state), so an unknown failure also asks the database
 * itself: if it cannot be reached, the failure is passing too.
 */
@ApplicationScoped
public class PassingFailures {

    /** SQLSTATE classes of failures that go away: connection (08), rollback (40), resources (53), operator (57P). */
    private static final List<String> PASSING_STATES = List.of("08", "40", "53", "57P", "55P03");
    private static final Duration PROBE_FOR = Duration.ofSeconds(1);

    @Inject
    DataSource dataSource;

    private volatile long probedAt;
    private volatile boolean reachable = true;

    /** True when {@code failure} came from the database: its driver, its pool, the ORM or a transaction. */
    public static boolean fromDatabase(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException || t instanceof jakarta.persistence.PersistenceException
                    || t instanceof org.hibernate.HibernateException || t instanceof jakarta.transaction.RollbackException
                    || t instanceof jakarta.transaction.SystemException) {
                return true;
            }
        }
        return false;
    }

    /** True when trying again later may succeed: the exception says so, or the database is not reachable now. */
    public boolean isPassing(Throwable failure) {
        return isKnownPassing(failure) || !databaseReachable();
    }

    public static boolean isKnownPassing(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException || t instanceof JDBCConnectionException
                    || t instanceof LockAcquisitionException || t instanceof LockTimeoutException
                    || t instanceof PessimisticLockException || t instanceof QueryTimeoutException
                    || t instanceof SocketException || t instanceof SocketTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && PASSING_STATES.stream().anyMatch(sql.getSQLState()::startsWith)) {
                return true;
            }
        }
        return false;
    }

    /** Asks the database at most once a second; a burst of failures does not become a burst of probes. */
    public boolean databaseReachable() {
        long now = System.nanoTime();
        if (now - probedAt < PROBE_FOR.toNanos()) {
            return reachable;
        }
        boolean answer;
        try (Connection connection = dataSource.getConnection()) {
            answer = connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            answer = false;
        }
        reachable = answer;
        probedAt = System.nanoTime();
        return answer;
    }
}

package cn.hazardledger.chassis.events;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Retries an effect that failed for a passing reason (database restart, lost connection) before the
 * message is given up to the dead-letter topic; a poison message is not retried.
 */
@ApplicationScoped
public class TransientRetry {

    private static final Logger LOG = Logger.getLogger(TransientRetry.class);

    @ConfigProperty(name = "events.retry.attempts", defaultValue = "5")
    int attempts;

    @ConfigProperty(name = "events.retry.backoff", defaultValue = "PT0.5S")
    Duration backoff;

    public <T> T run(Supplier<T> effect) {
        for (int attempt = 1; ; attempt++) {
            try {
                return effect.get();
            } catch (RuntimeException e) {
                if (attempt >= attempts || !isTransient(e)) {
                    throw e;
                }
                LOG.warnf("transient failure (attempt %d of %d), retrying: %s", attempt, attempts, e.getMessage());
                LockSupport.parkNanos(backoff.multipliedBy(attempt).toNanos());
            }
        }
    }

    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnprocessableEvent) {
                return false;
            }
            if (t instanceof SQLTransientException || t instanceof java.net.ConnectException) {
                return true;
            }
            // SQLSTATE class 08 (connection) and 40 (transaction rollback: serialization, deadlock) are passing
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("40")
                    || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}

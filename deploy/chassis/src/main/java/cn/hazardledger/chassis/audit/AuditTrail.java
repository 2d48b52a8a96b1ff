package cn.hazardledger.chassis.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;

/**
 * Writes the audit trail: one INSERT per record, nothing read first.
 *
 * <p>Each record is written in a transaction of its own, after the request's own has ended and before the answer
 * leaves (the response filter waits for it). Not in the request's transaction, because most records have none to
 * join: a 401, a 403, a 400 or a 409 is refused before or by rolling back, and it must be recorded all the same;
 * and a write's transaction commits inside the resource method, before any response filter can see the
 * outcome. The cost is a window: a write that committed and whose record then fails to insert (the database
 * lost between the two) is not in the table. It is not lost: the record is logged in full at ERROR, with the
 * marker {@code AUDIT-UNWRITTEN}, for the log collector to keep.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class);

    static final String INSERT = """
            INSERT INTO audit_record (id, at, request_id, subject, subject_name, role, region_code, client_address,
                                      method, route, resource_ids, action, status, outcome, problem_type)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?, ?, ?)""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    @Inject
    SensitiveReads marks;

    /**
     * Marks this request as a sensitive read to be recorded, when only the resource knows that it is one (the
     * statistics of a region other than the caller's own). Call it on the request's thread.
     */
    public void sensitiveRead(String action) {
        marks.mark(action);
    }

    /** Inserts the record in a transaction of its own; a failure is logged with the whole record, never thrown. */
    public void write(AuditRecord r) {
        try {
            QuarkusTransaction.requiringNew().run(() -> insert(r));
        } catch (RuntimeException e) {
            LOG.errorf("AUDIT-UNWRITTEN %s (%s)", r, e.getMessage());
        }
    }

    private void insert(AuditRecord r) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setObject(1, r.id());
            s.setTimestamp(2, Timestamp.from(r.at()));
            s.setString(3, r.requestId());
            s.setString(4, r.subject());
            s.setString(5, r.subjectName());
            s.setString(6, r.role());
            s.setString(7, r.regionCode());
            s.setString(8, r.clientAddress());
            s.setString(9, r.method());
            s.setString(10, r.route());
            if (r.resourceIds() == null || r.resourceIds().isEmpty()) {
                s.setNull(11, Types.VARCHAR);
            } else {
                s.setString(11, json.writeValueAsString(r.resourceIds()));
            }
            s.setString(12, r.action());
            s.setInt(13, r.status());
            s.setString(14, r.outcome().name());
            s.setString(15, r.problemType());
            s.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}

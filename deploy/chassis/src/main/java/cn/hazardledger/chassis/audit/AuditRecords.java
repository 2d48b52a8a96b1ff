package cn.hazardledger.chassis.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads the trail for an auditor: a read-only query, outside any transaction of the request. */
@ApplicationScoped
public class AuditRecords {

    private static final TypeReference<Map<String, String>> IDS = new TypeReference<>() {
    };

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper json;

    public List<AuditRecord> find(AuditQuery query, String cursor, int rows) {
        AuditQuery.Sql sql = query.sql(cursor, rows);
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql.text())) {
            for (int i = 0; i < sql.params().size(); i++) {
                s.setObject(i + 1, sql.params().get(i));
            }
            List<AuditRecord> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String ids = r.getString(11);
                    out.add(new AuditRecord(r.getObject(1, UUID.class), r.getTimestamp(2).toInstant(), r.getString(3),
                            r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                            r.getString(9), r.getString(10), ids == null ? null : json.readValue(ids, IDS),
                            r.getString(12), r.getInt(13), AuditRecord.Outcome.valueOf(r.getString(14)),
                            r.getString(15)));
                }
            }
            return out;
        } catch (SQLException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}

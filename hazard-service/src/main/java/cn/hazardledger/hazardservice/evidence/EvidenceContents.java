package cn.hazardledger.hazardservice.evidence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import org.hibernate.Session;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

/**
 * The bytes of evidence, in evidence_content. Neither way holds a whole file in memory: a file is written
 * from the spooled upload as a stream, and read back in slices, each with its own short query, so that a slow
 * client holds no database connection while it reads.
 */
@ApplicationScoped
public class EvidenceContents {

    static final int SLICE = 256 * 1024;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    /** Writes the file in the caller's transaction, after its evidence row (the foreign key needs it flushed). */
    @Transactional(Transactional.TxType.MANDATORY)
    void store(UUID evidenceId, Path file, long size) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO evidence_content (evidence_id, content) VALUES (?, ?)");
                 InputStream in = Files.newInputStream(file)) {
                insert.setObject(1, evidenceId);
                insert.setBinaryStream(2, in, size);
                insert.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The file's {@code size} bytes, slice by slice; a file is written once, so the slices always fit together. */
    StreamingOutput stream(UUID evidenceId, long size) {
        return out -> {
            // offsets fit an int: a file is at most 10 MiB (and substring() takes ints)
            for (int offset = 0; offset < size; offset += SLICE) {
                out.write(slice(evidenceId, offset, (int) Math.min(SLICE, size - offset)));
            }
        };
    }

    private byte[] slice(UUID evidenceId, int offset, int length) throws IOException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT substring(content FROM ? FOR ?) FROM evidence_content WHERE evidence_id = ?")) {
            select.setInt(1, offset + 1);
            select.setInt(2, length);
            select.setObject(3, evidenceId);
            try (ResultSet rs = select.executeQuery()) {
                byte[] slice = rs.next() ? rs.getBytes(1) : null;
                if (slice == null || slice.length != length) {
                    throw new IOException("evidence " + evidenceId + " is shorter than its recorded size");
                }
                return slice;
            }
        } catch (SQLException e) {
            throw new IOException("evidence " + evidenceId + " could not be read", e);
        }
    }
}

package cn.hazardledger.hazardservice.ledgersheet;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One import of a ledger file: who, when, which file, and what it made. Rows are written once. */
@Entity
@Table(name = "ledger_import")
public class LedgerImport extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "file_sha256")
    public String fileSha256;

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "file_format")
    public String fileFormat;

    /** The importer's region. */
    @Column(name = "region_code")
    public String regionCode;

    @Column(name = "imported_by")
    public String importedBy;

    @Column(name = "importer_role")
    public String importerRole;

    @Column(name = "imported_at")
    public Instant importedAt;

    @Column(name = "row_count")
    public int rowCount;

    public int created;

    @Column(name = "already_present")
    public int alreadyPresent;
}

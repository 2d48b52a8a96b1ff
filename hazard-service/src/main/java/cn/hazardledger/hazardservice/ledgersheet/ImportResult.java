package cn.hazardledger.hazardservice.ledgersheet;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "LedgerImportResult", description = "台账导入结果 / what an import made of the file")
public record ImportResult(
        @Schema(description = "this import") UUID importId,
        @Schema(description = "SHA-256 of the file") String fileSha256,
        String fileName,
        @Schema(description = "XLSX or CSV, as told from the bytes", enumeration = {"XLSX", "CSV"}) String format,
        @Schema(description = "hazard rows in the file") int rows,
        @Schema(description = "新增 / hazards created, each with an IMPORT ledger entry") int created,
        @Schema(description = "已存在 / rows already in the ledger (same ledger number, or same region, title and "
                + "reported time): nothing was created or changed for them") int alreadyPresent,
        @Schema(description = "columns of the file that are not in the layout, not read") List<String> ignoredColumns) {

    static ImportResult of(LedgerImport i, List<String> ignoredColumns) {
        return new ImportResult(i.id, i.fileSha256, i.fileName, i.fileFormat, i.rowCount, i.created, i.alreadyPresent,
                ignoredColumns);
    }
}

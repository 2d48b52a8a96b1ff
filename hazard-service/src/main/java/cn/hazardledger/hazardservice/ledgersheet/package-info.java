/**
 * The hazard ledger (台账) as a spreadsheet: one column layout ({@link cn.hazardledger.hazardservice.ledgersheet.SheetColumn})
 * that the export writes and the import reads, so that a township's Excel and this ledger move into each other.
 *
 * <p>Export ({@code GET /hazards.xlsx}, {@code GET /hazards.csv}) streams the rows of {@code GET /hazards}'s
 * filters from a forward-only cursor into POI's streaming workbook or straight into CSV: memory does not grow
 * with the row count. Import ({@code POST /hazards/imports}) is all or nothing: every row and column is checked
 * before anything is written, and a row already in the ledger is found again rather than created twice.
 * hazard-service/README.md, "Ledger export and import", has the columns and the decisions.
 */
package cn.hazardledger.hazardservice.ledgersheet;

package cn.hazardledger.hazardservice.ledgersheet;

import java.util.List;

/**
 * A sheet or a CSV file as text cells, before any ledger rule: what the two readers have in common.
 *
 * @param rows the rows holding any text, in file order
 */
record SheetTable(List<Row> rows) {

    /** One row: its number as Excel shows it (1-based) and its cells' text by column, "" for an empty cell. */
    record Row(int number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() && cells.get(column) != null ? cells.get(column) : "";
        }
    }
}

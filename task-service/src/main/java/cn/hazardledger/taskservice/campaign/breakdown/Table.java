package cn.hazardledger.taskservice.campaign.breakdown;

import java.util.List;

/**
 * A sheet or a CSV file as rows of text cells, before any breakdown rule: what the CSV and XLSX readers have in
 * common. A merged region's value is already in each of its cells.
 *
 * @param rows the rows that have a cell with text, in file order
 */
record Table(List<Row> rows) {

    /**
     * One row.
     *
     * @param number       as the file shows it, 1-based
     * @param cells        the cells' text by column, "" for an empty cell (trailing empty cells may be left out)
     * @param mergedAbove  per column, whether the cell lies in a merged region that started on a row above
     * @param caption      whether the row is one merged cell across the table (a title, a note below it)
     */
    record Row(int number, List<String> cells, List<Boolean> mergedAbove, boolean caption) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        boolean isMergedAbove(int column) {
            return column < mergedAbove.size() && mergedAbove.get(column);
        }

        boolean isBlank() {
            return cells.stream().allMatch(Text::isBlank);
        }
    }
}

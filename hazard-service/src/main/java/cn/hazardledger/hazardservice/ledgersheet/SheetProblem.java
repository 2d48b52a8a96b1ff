package cn.hazardledger.hazardservice.ledgersheet;

/**
 * What is wrong with an imported file, where its author will look: the row as Excel numbers it (the header is
 * row 1; 0 for the whole file), the column by its header ("" for a whole row or file), the reason in Chinese.
 */
public record SheetProblem(int row, String column, String reason) {

    static SheetProblem ofFile(String reason) {
        return new SheetProblem(0, "", reason);
    }

    /** As a person reads it: 第7行「整改期限」：日期格式应为 yyyy-MM-dd. */
    String message() {
        String where = row == 0 ? "" : "第" + row + "行";
        return column.isEmpty() ? (where.isEmpty() ? reason : where + "：" + reason) : where + "「" + column + "」：" + reason;
    }
}

package cn.hazardledger.taskservice.campaign.breakdown;

import java.util.Objects;

/**
 * Why a table cannot be imported, where the table's author will look: the row as the file shows it (Excel's row
 * number; a CSV record's number, counting the header's), the column by its header, the reason in Chinese.
 *
 * @param row    the row, 1-based; 0 when the problem is the whole file's (not a table, no header)
 * @param column the column's header ("完成时限"), or "第9列" for a column without one; "" when the problem is the
 *               row's or the file's
 * @param reason in Chinese, quoting the cell where that helps: 无法识别的时限“六月中旬”
 */
public record ImportProblem(int row, String column, String reason) {

    public ImportProblem {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
    }

    static ImportProblem ofFile(String reason) {
        return new ImportProblem(0, "", reason);
    }

    /** What a person reads: 第12行「完成时限」：无法识别的时限“六月中旬”; a whole file's problem is its reason alone. */
    public String message() {
        if (row == 0) {
            return column.isEmpty() ? reason : "「" + column + "」：" + reason;
        }
        return column.isEmpty() ? "第" + row + "行：" + reason : "第" + row + "行「" + column + "」：" + reason;
    }
}

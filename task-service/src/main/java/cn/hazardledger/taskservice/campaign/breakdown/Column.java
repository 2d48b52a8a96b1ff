package cn.hazardledger.taskservice.campaign.breakdown;

import java.util.List;
import java.util.Optional;

/**
 * The columns of a breakdown table, in the order of 三星府发〔2023〕76号's table, with the header each is found by. A header is compared
 * without white space (offices break long headers over two lines: "完成\n时限"); the few other names real tables
 * use for the same column are accepted too.
 */
enum Column {
    /** 序号: the original numbers rows loosely (1, 2, blank, 3 … 21, 27); the numbering that counts is in the cells. */
    NUMBER("序号", false, false),
    ACTION("主要行动", true, true),
    KEY_TASK("重点任务", true, true),
    SPECIFIC_TASK("具体任务", true, false),
    LEADERS("牵头领导", true, true, "牵头人", "责任领导"),
    UNITS("责任科室", true, true, "责任单位", "责任部门"),
    DEADLINE("完成时限", true, true, "完成时间", "时限"),
    /** 备注: a blank remark is no remark; only a merged cell repeats one. */
    REMARKS("备注", false, false);

    private final String header;
    private final boolean required;
    private final boolean blankRepeatsAbove;
    private final List<String> otherNames;

    Column(String header, boolean required, boolean blankRepeatsAbove, String... otherNames) {
        this.header = header;
        this.required = required;
        this.blankRepeatsAbove = blankRepeatsAbove;
        this.otherNames = List.of(otherNames);
    }

    /** The header a table (and an export) gives it. */
    String header() {
        return header;
    }

    boolean required() {
        return required;
    }

    /**
     * Whether a blank cell means "same as the row above", as a merged cell does in the original: the levels, and
     * the leaders, units and deadline shared by consecutive tasks.
     */
    boolean blankRepeatsAbove() {
        return blankRepeatsAbove;
    }

    /** The column a header cell names, if any. */
    static Optional<Column> named(String headerCell) {
        String name = headerCell.replaceAll("[\\s\\u3000]+", "");
        for (Column c : values()) {
            if (c.header.equals(name) || c.otherNames.contains(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}

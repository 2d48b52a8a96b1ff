package cn.hazardledger.taskservice.campaign.breakdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a table laid out as the table of 三星府发〔2023〕76号 (序号, 主要行动, 重点任务, 具体任务, 牵头领导, 责任科室, 完成时限, 备注) into a
 * breakdown: one specific task a row, in row order, under the main action and key task of its row. A blank
 * level, leader, unit or deadline cell means "same as the row above", as the original's merged cells do; a new
 * main action needs a key task of its own. Every problem of every row is collected, and any problem rejects the
 * whole table.
 */
final class BreakdownReader {

    private final Header header;
    private final int campaignYear;
    private final List<ImportProblem> problems = new ArrayList<>();
    private final List<ActionDraft> actions = new ArrayList<>();
    private final List<Table.Row> captions = new ArrayList<>();
    private ActionDraft action;
    private KeyTaskDraft keyTask;
    private final Repeated<List<String>> leaders = new Repeated<>();
    private final Repeated<List<String>> units = new Repeated<>();
    private final Repeated<Deadline> deadline = new Repeated<>();

    private BreakdownReader(Header header, int campaignYear) {
        this.header = header;
        this.campaignYear = campaignYear;
    }

    static ImportResult read(Table table, int campaignYear) {
        Header.Found found = Header.find(table);
        if (!found.problems().isEmpty()) {
            return new ImportResult.Rejected(found.problems());
        }
        BreakdownReader reader = new BreakdownReader(found.header(), campaignYear);
        for (Table.Row row : table.rows()) {
            if (row.number() > found.header().rowNumber()) {
                reader.row(row);
            }
        }
        return reader.result();
    }

    private ImportResult result() {
        if (problems.isEmpty() && actions.isEmpty()) {
            problems.add(new ImportProblem(header.rowNumber(), "", "表头下没有任何任务"));
        }
        if (!problems.isEmpty()) {
            return new ImportResult.Rejected(problems);
        }
        return new ImportResult.Imported(new Breakdown(actions.stream().map(ActionDraft::build).toList()), header.title());
    }

    private void row(Table.Row row) {
        if (row.isBlank()) {
            return;
        }
        if (row.caption()) {
            // a note or signature line below the table is no task; between tasks it is a mistake to point out
            captions.add(row);
            return;
        }
        for (Table.Row caption : captions) {
            problems.add(new ImportProblem(caption.number(), "", "整行合并为一个单元格（标题或说明），不能夹在任务行之间"));
        }
        captions.clear();
        int before = problems.size();
        checkCells(row);
        int specific = header.index(Column.SPECIFIC_TASK);
        if (row.isMergedAbove(specific)) {
            continuation(row);
            return;
        }
        boolean newAction = readAction(row);
        readKeyTask(row, newAction);
        String text = cell(row, Column.SPECIFIC_TASK);
        if (text.isEmpty()) {
            problems.add(problem(row, Column.SPECIFIC_TASK, "缺少具体任务"));
        }
        List<String> rowLeaders = leaders.read(row, Column.LEADERS, this::names);
        List<String> rowUnits = units.read(row, Column.UNITS, this::names);
        Deadline rowDeadline = deadline.read(row, Column.DEADLINE, words -> DeadlineWords.read(words, campaignYear));
        // null: a problem of this row, or of the row above that a blank cell repeats, already reported
        if (problems.size() > before || keyTask == null || rowLeaders == null || rowUnits == null || rowDeadline == null) {
            return;
        }
        Numbering.Numbered task = Numbering.read(text);
        Optional<Cadence> cadence = Cadence.statedIn(task.title()).or(() -> Cadence.statedIn(rowDeadline.words()));
        keyTask.specificTasks.add(new SpecificTask(task.number(), task.title(), rowLeaders, rowUnits, rowDeadline,
                cadence, cell(row, Column.REMARKS), row.number()));
    }

    /** Text in a column the header does not name would be lost; a control character is invisible in the table. */
    private void checkCells(Table.Row row) {
        for (int i = 0; i < row.cells().size(); i++) {
            String cell = row.cell(i);
            if (!header.isNamed(i)) {
                if (!Text.isBlank(cell)) {
                    problems.add(new ImportProblem(row.number(), header.name(i), "表头没有此列，单元格却有内容"));
                }
                continue;
            }
            int control = Text.controlCharacter(cell);
            if (control >= 0) {
                problems.add(new ImportProblem(row.number(), header.name(i),
                        String.format("含有不可见的控制字符（U+%04X）", (int) cell.charAt(control))));
            }
        }
    }

    /**
     * A row that a specific task's merged cell runs on into belongs to that task: the original makes a long
     * task's cell taller this way. Anything else written in it would be lost, so that is a problem.
     */
    private void continuation(Table.Row row) {
        for (Column c : Column.values()) {
            int i = header.index(c);
            if (i >= 0 && c != Column.NUMBER && !row.isMergedAbove(i) && !Text.isBlank(row.cell(i))) {
                problems.add(problem(row, c, "上方具体任务的合并单元格延伸到此行，此单元格的内容无所归属"));
            }
        }
    }

    /** Whether this row starts a main action. */
    private boolean readAction(Table.Row row) {
        String text = cell(row, Column.ACTION);
        if (text.isEmpty()) {
            if (action == null) {
                problems.add(problem(row, Column.ACTION, "缺少主要行动"));
            }
            return false;
        }
        if (action != null && action.cell.equals(text)) {
            return false;
        }
        action = new ActionDraft(text);
        actions.add(action);
        keyTask = null;
        return true;
    }

    private void readKeyTask(Table.Row row, boolean newAction) {
        String text = cell(row, Column.KEY_TASK);
        if (text.isEmpty()) {
            if (keyTask == null && action != null) {
                problems.add(problem(row, Column.KEY_TASK, newAction
                        ? "具体任务没有所属的重点任务：新的主要行动须写明其重点任务"
                        : "具体任务没有所属的重点任务"));
            }
            return;
        }
        if (action == null) {
            return;
        }
        if (keyTask != null && keyTask.cell.equals(text)) {
            return;
        }
        keyTask = new KeyTaskDraft(text);
        action.keyTasks.add(keyTask);
    }

    private List<String> names(String cell) {
        List<String> names = NameList.split(cell);
        if (names.isEmpty()) {
            throw new UnreadableCell("没有写明任何名称“" + Text.trim(cell) + "”");
        }
        return names;
    }

    private String cell(Table.Row row, Column column) {
        int i = header.index(column);
        return i < 0 ? "" : Text.trim(row.cell(i));
    }

    private ImportProblem problem(Table.Row row, Column column, String reason) {
        return new ImportProblem(row.number(), header.name(column), reason);
    }

    /**
     * A column whose blank cell repeats the row above. A cell that could not be read is reported once, on its
     * own row: the blank cells below it, and the rows a merged cell spans, repeat nothing and report nothing more.
     */
    private final class Repeated<T> {
        private String text;
        private T value;
        private boolean failed;

        T read(Table.Row row, Column column, Function<String, T> reading) {
            String cell = cell(row, column);
            if (cell.isEmpty() || row.isMergedAbove(header.index(column))) {
                if (value == null && !failed) {
                    problems.add(problem(row, column, "缺少" + column.header()));
                    failed = true;
                }
                return value;
            }
            if (cell.equals(text) && !failed) {
                return value; // the same words read the same: a table repeats them on thousands of rows
            }
            text = cell;
            try {
                value = reading.apply(cell);
                failed = false;
            } catch (UnreadableCell e) {
                problems.add(problem(row, column, e.reason()));
                value = null;
                failed = true;
            }
            return value;
        }
    }

    private static final class ActionDraft {
        final String cell;
        final List<KeyTaskDraft> keyTasks = new ArrayList<>();

        ActionDraft(String cell) {
            this.cell = cell;
        }

        MainAction build() {
            Numbering.Numbered n = Numbering.read(cell);
            return new MainAction(n.number(), n.title(), keyTasks.stream().map(KeyTaskDraft::build).toList());
        }
    }

    private static final class KeyTaskDraft {
        final String cell;
        final List<SpecificTask> specificTasks = new ArrayList<>();

        KeyTaskDraft(String cell) {
            this.cell = cell;
        }

        KeyTask build() {
            Numbering.Numbered n = Numbering.read(cell);
            return new KeyTask(n.number(), n.title(), specificTasks);
        }
    }
}

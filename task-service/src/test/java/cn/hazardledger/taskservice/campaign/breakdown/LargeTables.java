package cn.hazardledger.taskservice.campaign.breakdown;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A county-wide breakdown of 10,000 specific tasks (100 main actions × 10 key tasks × 10 tasks), and the CSV and
 * XLSX files an office would hand in for it: the size the 10-second import target is about.
 */
final class LargeTables {

    static final int ACTIONS = 100;
    static final int KEY_TASKS = 10;
    static final int TASKS = 10;

    private static final String[] LEADERS = {"肖永富", "谭千红、谭华祥", "各行业领域分管领导", "李明"};
    private static final String[] UNITS = {"应急办", "党政办、应急办", "各行业科室", "各科室、各村"};
    private static final String[] DEADLINES = {"长期坚持", "5月15日前", "6月底", "2023年12月31日前", "每月底", "11月30日"};

    private LargeTables() {
    }

    static Breakdown breakdown() {
        List<MainAction> actions = new ArrayList<>();
        int key = 0;
        int task = 0;
        for (int a = 1; a <= ACTIONS; a++) {
            List<KeyTask> keyTasks = new ArrayList<>();
            for (int k = 1; k <= KEY_TASKS; k++) {
                key++;
                List<SpecificTask> tasks = new ArrayList<>();
                for (int t = 1; t <= TASKS; t++) {
                    task++;
                    // runs of three tasks share leaders, units and deadline, as merged cells in the original
                    int run = task / 3;
                    String text = "第" + task + "项具体任务：督促企业开展隐患排查整治，建立台账" + (task % 4 == 0 ? "，每季度通报1次" : "。");
                    String words = DEADLINES[run % DEADLINES.length];
                    Deadline deadline = DeadlineWords.read(words, 2023);
                    Optional<Cadence> cadence = Cadence.statedIn(text).or(() -> Cadence.statedIn(words));
                    tasks.add(new SpecificTask(Integer.toString(task), text, NameList.split(LEADERS[run % LEADERS.length]),
                            NameList.split(UNITS[(run / 2) % UNITS.length]), deadline, cadence, task % 10 == 0 ? "备注" + task : "", 0));
                }
                keyTasks.add(new KeyTask(Integer.toString(key), "第" + key + "项重点任务。", tasks));
            }
            actions.add(new MainAction(Integer.toString(a), "第" + a + "项主要行动", keyTasks));
        }
        return new Breakdown(actions);
    }

    /** The XLSX as the export writes it: title row, header, merged cells. */
    static byte[] xlsx(Breakdown breakdown) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BreakdownExport.write(breakdown, "全县安全生产专项整治行动任务分解表", out);
        return out.toByteArray();
    }

    /** The CSV as the fixture (三星府发〔2023〕76号's table) is written: a blank where the cell above says the same. */
    static byte[] csv(Breakdown breakdown) {
        StringBuilder csv = new StringBuilder("序号,主要行动,重点任务,具体任务,牵头领导,责任科室,完成时限,备注\r\n");
        String[] above = new String[8];
        int keyOrdinal = 0;
        for (MainAction a : breakdown.actions()) {
            for (KeyTask k : a.keyTasks()) {
                keyOrdinal++;
                for (SpecificTask t : k.specificTasks()) {
                    String[] cells = {Integer.toString(keyOrdinal), Numbering.action(a.number(), a.title()),
                            Numbering.keyTask(k.number(), k.title()), Numbering.specificTask(t.number(), t.text()),
                            NameList.join(t.leaders()), NameList.join(t.units()), t.deadline().words(), t.remarks()};
                    for (int c = 0; c < cells.length; c++) {
                        boolean repeats = c != 3 && c != 7 && cells[c].equals(above[c]);
                        above[c] = cells[c];
                        csv.append(c == 0 ? "" : ",").append(repeats ? "" : quoted(cells[c]));
                    }
                    csv.append("\r\n");
                }
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") || cell.contains("\n") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /**
     * Asserts that {@code actual}, read from a file, is {@code expected}, naming the first difference rather than
     * printing 10,000 tasks.
     */
    static void assertSame(Breakdown actual, Breakdown expected) {
        assertThat(actual.actions()).extracting(MainAction::number, MainAction::title)
                .containsExactlyElementsOf(expected.actions().stream().map(a -> tuple(a.number(), a.title())).toList());
        assertThat(actual.keyTasks()).extracting(KeyTask::number, KeyTask::title, k -> k.specificTasks().size())
                .containsExactlyElementsOf(expected.keyTasks().stream().map(k -> tuple(k.number(), k.title(), k.specificTasks().size())).toList());
        List<SpecificTask> a = actual.specificTasks();
        List<SpecificTask> e = expected.specificTasks();
        assertThat(a).hasSameSizeAs(e);
        for (int i = 0; i < e.size(); i++) {
            assertThat(a.get(i).withoutSourceRow()).as("specific task %d", i + 1).isEqualTo(e.get(i).withoutSourceRow());
        }
    }

}

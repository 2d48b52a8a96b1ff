package cn.hazardledger.taskservice.campaign.breakdown;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 003's table (三星府发〔2023〕76号) imported from the fixture CSV. */
class BreakdownFixtureTest {

    private final Breakdown breakdown = Fixtures.sanxing();

    private SpecificTask task(int number) {
        return breakdown.specificTasks().stream().filter(t -> t.number().equals(Integer.toString(number))).findFirst().orElseThrow();
    }

    @Test
    void eightActionsTwentyFiveKeyTasksThirtyFourSpecificTasks() {
        assertThat(breakdown.actions()).hasSize(8);
        assertThat(breakdown.keyTasks()).hasSize(25);
        assertThat(breakdown.specificTasks()).hasSize(34);
    }

    @Test
    void levelsKeepTheDocumentsOrderAndNumbering() {
        assertThat(breakdown.actions()).extracting(MainAction::number).containsExactly("一", "二", "三", "四", "五", "六", "七", "八");
        assertThat(breakdown.keyTasks()).extracting(KeyTask::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 25).mapToObj(Integer::toString).toList());
        assertThat(breakdown.specificTasks()).extracting(SpecificTask::number)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 34).mapToObj(Integer::toString).toList());
        MainAction first = breakdown.actions().get(0);
        assertThat(first.title()).isEqualTo("属地党委政府责任强化行动。");
        assertThat(first.keyTasks()).extracting(KeyTask::title)
                .containsExactly("树牢红线意识。", "全面动员部署。", "强化宣传力度。", "强化工作保障。", "严格考核奖惩。");
        assertThat(breakdown.actions().get(2).title()).isEqualTo("小微企业安全监管服务行动");
        assertThat(breakdown.actions().get(1).keyTasks()).extracting(KeyTask::number).containsExactly("6", "7", "8", "9", "10");
        assertThat(task(1).text()).startsWith("召开党委会议专题学习");
        // "（6）结合“5.12”防灾减灾日…": the date in the text is no number
        assertThat(task(6).text()).startsWith("结合“5.12”防灾减灾日");
    }

    @Test
    void twelveInheritsLeadersUnitsAndDeadlineFromEleven() {
        SpecificTask eleven = task(11);
        SpecificTask twelve = task(12);
        assertThat(eleven.leaders()).containsExactly("各行业领域分管领导");
        assertThat(eleven.units()).containsExactly("各行业科室");
        assertThat(eleven.deadline()).isEqualTo(new Deadline.Ongoing("长期坚持"));
        assertThat(twelve.leaders()).isEqualTo(eleven.leaders());
        assertThat(twelve.units()).isEqualTo(eleven.units());
        assertThat(twelve.deadline()).isEqualTo(eleven.deadline());
        assertThat(twelve.text()).startsWith("重大事故隐患要实行“双报告”制度");
        assertThat(breakdown.keyTasks().get(5).specificTasks()).containsExactly(eleven, twelve);
    }

    @Test
    void aBlankRepeatsTheRowAboveAcrossKeyTasks() {
        // (18) is the first task of key task 10; its leaders and units are the original's merged cells of (17)
        assertThat(task(18).leaders()).containsExactly("各行业领域分管领导");
        assertThat(task(18).units()).containsExactly("各行业科室");
        assertThat(task(18).deadline()).isEqualTo(new Deadline.By(LocalDate.of(2023, 5, 31), "5月底前"));
    }

    @Test
    void listsOfLeadersAndUnits() {
        assertThat(task(1).units()).containsExactly("党政办", "应急办");
        assertThat(task(3).leaders()).containsExactly("谭千红", "谭华祥");
        assertThat(task(3).units()).containsExactly("各科室", "各村");
    }

    @Test
    void deadlinesReadAgainstTheCampaignYear() {
        assertThat(task(2).deadline()).isEqualTo(new Deadline.By(LocalDate.of(2023, 5, 15), "5月15日前"));
        assertThat(task(6).deadline()).isEqualTo(new Deadline.By(LocalDate.of(2023, 6, 30), "6月底"));
        assertThat(task(8).deadline()).isEqualTo(new Deadline.By(LocalDate.of(2023, 10, 31), "10月底"));
        assertThat(task(13).deadline()).isEqualTo(new Deadline.By(LocalDate.of(2023, 5, 31), "5月底"));
        assertThat(task(23).deadline()).isEqualTo(new Deadline.By(LocalDate.of(2023, 7, 10), "7月10日"));
        assertThat(task(30).deadline()).isEqualTo(new Deadline.By(LocalDate.of(2023, 11, 30), "11月30日"));
        assertThat(task(34).deadline()).isEqualTo(new Deadline.Ongoing("长期坚持"));
        assertThat(breakdown.specificTasks()).allSatisfy(t -> assertThat(t.deadline()).isNotNull());
    }

    @Test
    void cadencesTheTextsState() {
        assertThat(task(3).cadence()).contains(Cadence.MONTHLY);   // 每月开展1次实地督导检查
        assertThat(task(5).cadence()).contains(Cadence.MONTHLY);
        assertThat(task(9).cadence()).contains(Cadence.HALF_YEARLY);
        assertThat(task(11).cadence()).contains(Cadence.MONTHLY);  // 每月督促企业开展“日周月”隐患排查
        assertThat(task(17).cadence()).contains(Cadence.QUARTERLY);
        assertThat(task(18).cadence()).contains(Cadence.HALF_YEARLY); // 每半年培训, 每年演练: the more frequent
        assertThat(task(20).cadence()).contains(Cadence.YEARLY);
        assertThat(task(1).cadence()).isEmpty();
        assertThat(task(12).cadence()).isEmpty();
    }

    @Test
    void remarksAreEmptyAndRowsAreTheFilesRows() {
        assertThat(breakdown.specificTasks()).allSatisfy(t -> assertThat(t.remarks()).isEmpty());
        assertThat(task(1).sourceRow()).isEqualTo(2);
        assertThat(task(34).sourceRow()).isEqualTo(35);
    }

    @Test
    void theSameTableSavedByExcelOnChineseWindowsInGbkOrWithAByteOrderMark() {
        String csv = new String(Fixtures.resource(Fixtures.SANXING), StandardCharsets.UTF_8);
        byte[] gbk = csv.replace("\n", "\r\n").getBytes(CsvTable.GB18030);
        byte[] bom = ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
        assertThat(Fixtures.imported(BreakdownImport.read(gbk, "分解表.csv", 2023))).isEqualTo(breakdown);
        assertThat(Fixtures.imported(BreakdownImport.read(bom, "分解表.csv", 2023))).isEqualTo(breakdown);
    }

    @Test
    void theDemoCopyIsTheFixture() {
        assertThat(Fixtures.resource("demo/sanxing-2023-task-breakdown.csv")).isEqualTo(Fixtures.resource(Fixtures.SANXING));
    }

    @Test
    void nothingButTheTableIsRead() {
        List<String> units = breakdown.specificTasks().stream().flatMap(t -> t.units().stream()).distinct().toList();
        assertThat(units).containsExactlyInAnyOrder("党政办", "应急办", "各科室", "各村", "各行业科室");
        assertThat(breakdown.specificTasks()).extracting(SpecificTask::cadence).contains(Optional.empty());
    }
}

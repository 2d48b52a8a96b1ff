package cn.hazardledger.taskservice.campaign.breakdown;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The words inside the cells: lists of names, cadences, numbering. */
class BreakdownWordsTest {

    @Test
    void listsSplitOnEveryUsualSeparatorAndAreTrimmed() {
        assertThat(NameList.split("党政办、应急办")).containsExactly("党政办", "应急办");
        assertThat(NameList.split("谭千红，谭华祥")).containsExactly("谭千红", "谭华祥");
        assertThat(NameList.split("谭千红,谭华祥")).containsExactly("谭千红", "谭华祥");
        assertThat(NameList.split("应急办；各村")).containsExactly("应急办", "各村");
        assertThat(NameList.split("应急办;各村")).containsExactly("应急办", "各村");
        assertThat(NameList.split("谭千红\n\n谭华祥")).containsExactly("谭千红", "谭华祥");
        assertThat(NameList.split(" 肖永富 、\u3000谭华祥\u3000,  ")).containsExactly("肖永富", "谭华祥");
        assertThat(NameList.split("应急办、、各村；；")).containsExactly("应急办", "各村");
        assertThat(NameList.split("各行业领域分管领导")).containsExactly("各行业领域分管领导");
        assertThat(NameList.split("、，;")).isEmpty();
        assertThat(NameList.join(NameList.split("党政办，应急办"))).isEqualTo("党政办、应急办");
    }

    @Test
    void cadenceFromTheText() {
        assertThat(Cadence.statedIn("每日开展巡查")).contains(Cadence.DAILY);
        assertThat(Cadence.statedIn("每天报送")).contains(Cadence.DAILY);
        assertThat(Cadence.statedIn("每周调度1次")).contains(Cadence.WEEKLY);
        assertThat(Cadence.statedIn("每星期调度")).contains(Cadence.WEEKLY);
        assertThat(Cadence.statedIn("每月开展1次实地督导检查")).contains(Cadence.MONTHLY);
        assertThat(Cadence.statedIn("每个月通报")).contains(Cadence.MONTHLY);
        assertThat(Cadence.statedIn("每季度开展一次培训")).contains(Cadence.QUARTERLY);
        assertThat(Cadence.statedIn("每半年通报1次整治进展情况")).contains(Cadence.HALF_YEARLY);
        assertThat(Cadence.statedIn("每年邀请安全专家")).contains(Cadence.YEARLY);
        assertThat(Cadence.statedIn("每半年开展1次专题培训，每年至少组织1次预案演练")).contains(Cadence.HALF_YEARLY);
        assertThat(Cadence.statedIn("每月督促企业开展“日周月”隐患排查")).contains(Cadence.MONTHLY);
        assertThat(Cadence.statedIn("建立重大事故隐患台账，季度动态更新")).isEmpty();
        assertThat(Cadence.statedIn("严格进行约谈通报和考核惩戒。")).isEqualTo(Optional.empty());
    }

    @Test
    void numberingOfEachLevel() {
        assertThat(Numbering.read("（一）属地党委政府责任强化行动。")).isEqualTo(new Numbering.Numbered("一", "属地党委政府责任强化行动。"));
        assertThat(Numbering.read("(八)问题清单督查检查行动")).isEqualTo(new Numbering.Numbered("八", "问题清单督查检查行动"));
        assertThat(Numbering.read("二、企业主要负责人依法履职行动")).isEqualTo(new Numbering.Numbered("二", "企业主要负责人依法履职行动"));
        assertThat(Numbering.read("1.树牢红线意识。")).isEqualTo(new Numbering.Numbered("1", "树牢红线意识。"));
        assertThat(Numbering.read("25．认真落实")).isEqualTo(new Numbering.Numbered("25", "认真落实"));
        assertThat(Numbering.read("３、强化宣传力度")).isEqualTo(new Numbering.Numbered("3", "强化宣传力度"));
        assertThat(Numbering.read("（12）重大事故隐患要实行“双报告”制度")).isEqualTo(new Numbering.Numbered("12", "重大事故隐患要实行“双报告”制度"));
        assertThat(Numbering.read("(3) 党政主要负责人")).isEqualTo(new Numbering.Numbered("3", "党政主要负责人"));
        // no number: a date, a count, a year, plain text
        assertThat(Numbering.read("5.12防灾减灾日宣传")).isEqualTo(new Numbering.Numbered("", "5.12防灾减灾日宣传"));
        assertThat(Numbering.read("3条标语")).isEqualTo(new Numbering.Numbered("", "3条标语"));
        assertThat(Numbering.read("2023年度考核")).isEqualTo(new Numbering.Numbered("", "2023年度考核"));
        assertThat(Numbering.read("一岗双责")).isEqualTo(new Numbering.Numbered("", "一岗双责"));
        assertThat(Numbering.read("（1）")).isEqualTo(new Numbering.Numbered("", "（1）"));
        assertThat(Numbering.action("一", "属地党委政府责任强化行动。")).isEqualTo("（一）属地党委政府责任强化行动。");
        assertThat(Numbering.keyTask("1", "树牢红线意识。")).isEqualTo("1.树牢红线意识。");
        assertThat(Numbering.specificTask("12", "重大")).isEqualTo("（12）重大");
        assertThat(Numbering.specificTask("", "重大")).isEqualTo("重大");
    }
}

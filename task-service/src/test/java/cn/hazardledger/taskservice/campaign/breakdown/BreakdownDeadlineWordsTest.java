package cn.hazardledger.taskservice.campaign.breakdown;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Deadlines (完成时限) as breakdown tables word them, read against the campaign's year. */
class BreakdownDeadlineWordsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            // the words of 三星府发〔2023〕76号's table
            "5月15日前, 2023-05-15",
            "5月15日, 2023-05-15",
            "6月底, 2023-06-30",
            "10月底, 2023-10-31",
            "5月底前, 2023-05-31",
            "5月底, 2023-05-31",
            "7月10日, 2023-07-10",
            "11月30日, 2023-11-30",
            "5月31日, 2023-05-31",
            "7月31日, 2023-07-31",
            // variants of real tables
            "2023年6月底前, 2023-06-30",
            "2024年3月底, 2024-03-31",
            "12月31日前, 2023-12-31",
            "12月31日之前, 2023-12-31",
            "9月30日以前, 2023-09-30",
            "6月底前完成, 2023-06-30",
            "6月末, 2023-06-30",
            "6月份底, 2023-06-30",
            "6月30号, 2023-06-30",
            "年底前, 2023-12-31",
            "年底, 2023-12-31",
            "年内, 2023-12-31",
            "今年底, 2023-12-31",
            "2023年底前, 2023-12-31",
            "上半年, 2023-06-30",
            "下半年, 2023-12-31",
            "三季度末, 2023-09-30",
            "第一季度, 2023-03-31",
            "2023-06-30, 2023-06-30",
            "2023/6/30, 2023-06-30",
            "2023.6.30, 2023-06-30",
            "2023年6月30日, 2023-06-30",
            "六月底, 2023-06-30",
            "十二月三十一日前, 2023-12-31",
            "十月十日, 2023-10-10",
            "５月１５日前, 2023-05-15",          // full-width digits
            "'2023年 6月 30日', 2023-06-30",   // spaces
            "6月底前。, 2023-06-30",
    })
    void aDate(String words, LocalDate date) {
        assertThat(DeadlineWords.read(words, 2023)).isEqualTo(new Deadline.By(date, words.strip()));
    }

    @Test
    void theMonthsEndIsTheCampaignYearsFebruaryInALeapYear() {
        assertThat(DeadlineWords.read("2月底", 2024)).isEqualTo(new Deadline.By(LocalDate.of(2024, 2, 29), "2月底"));
        assertThat(DeadlineWords.read("2月底", 2023)).isEqualTo(new Deadline.By(LocalDate.of(2023, 2, 28), "2月底"));
        assertThat(DeadlineWords.read("2月29日", 2024)).isEqualTo(new Deadline.By(LocalDate.of(2024, 2, 29), "2月29日"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"长期坚持", "长期", "长期开展", "持续开展", "常态化", "每月底", "每月", "每季度末", "每半年", "每年底前", "每周", " 长期坚持 "})
    void ongoing(String words) {
        assertThat(DeadlineWords.read(words, 2023)).isEqualTo(new Deadline.Ongoing(words.strip()));
    }

    @Test
    void theWordsAreKeptAsWritten() {
        assertThat(DeadlineWords.read("５月１５日前", 2023).words()).isEqualTo("５月１５日前");
    }

    @ParameterizedTest
    @ValueSource(strings = {"六月中旬", "6月", "6月前", "5月中下旬", "尽快", "立即", "2023", "5.31", "6月底、12月底", "即查即改", "45000", "每月10日前"})
    void unreadableWordsAreRefusedNotGuessed(String words) {
        assertThatThrownBy(() -> DeadlineWords.read(words, 2023))
                .isInstanceOf(UnreadableCell.class)
                .hasMessage("无法识别的时限“" + words + "”");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2月30日", "13月1日", "4月31日前", "13月底", "2023-02-29", "十三月底"})
    void daysThatDoNotExist(String words) {
        assertThatThrownBy(() -> DeadlineWords.read(words, 2023))
                .isInstanceOf(UnreadableCell.class)
                .message().matches("不存在的(日期|月份)“" + words + "”");
    }

    @Test
    void aYearBeforeTheCampaignOrFarAfterIsATypo() {
        assertThatThrownBy(() -> DeadlineWords.read("2022年6月底", 2023)).hasMessage("时限“2022年6月底”不在2023年至2025年之间");
        assertThatThrownBy(() -> DeadlineWords.read("2032年6月底", 2023)).hasMessage("时限“2032年6月底”不在2023年至2025年之间");
        assertThat(DeadlineWords.read("2025年6月底", 2023)).isEqualTo(new Deadline.By(LocalDate.of(2025, 6, 30), "2025年6月底"));
    }
}

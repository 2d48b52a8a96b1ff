package cn.hazardledger.launcher.ledgerbench;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ExplainTest {

    @Test
    void aSecondPageContinuesAfterTheCursorsTimeAndId() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("industry", "GAS");
        p.put("overdue", "true");
        p.put("cursor", "MjAyNi0wNi0yN1QwMzoxNjozOFp8MzE5OWZmNDgtOTk0NC00MTkyLThlMGUtNTc0ZjEyMGVjYjA2");
        String sql = Explain.listSql(new ListBench.Query(true, "500229000000", p), LocalDate.parse("2026-11-26"));

        assertThat(sql).startsWith("SELECT * FROM hazard WHERE county_code = '500229' AND industry = 'GAS'")
                .contains("deadline < '2026-11-26' AND status IN ('CONFIRMED', 'RECTIFYING')")
                .contains("(reported_at, id) < ('2026-06-27T03:16:38Z'::timestamptz, '3199ff48-9944-4192-8e0e-574f120ecb06'::uuid)")
                .endsWith("ORDER BY reported_at DESC, id DESC LIMIT 21");
    }

    @Test
    void aCursorThatNamesItsSortIsReadToo() {
        String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                "NEWEST|2026-11-26T18:48:33.668366Z|5d99b157-8c2e-4665-a999-70e384b9b0d0".getBytes());
        assertThat(Explain.cursor(token))
                .isEqualTo("('2026-11-26T18:48:33.668366Z'::timestamptz, '5d99b157-8c2e-4665-a999-70e384b9b0d0'::uuid)");
    }

    @Test
    void aCursorOfAnotherShapeLeavesTheFirstPage() {
        assertThat(Explain.cursor("bm90IGEgY3Vyc29y")).isNull();
        assertThat(Explain.cursor("%%%")).isNull();
    }
}

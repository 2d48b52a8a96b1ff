package cn.hazardledger.launcher.ledgerbench;

import cn.hazardledger.launcher.CreditCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class HazardStoriesTest {

    private static final int HAZARDS = 6_000;
    private static final List<String> COLUMNS = List.of(HazardStories.HAZARD_COLUMNS.split(", "));
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static List<String[]> hazards;
    private static List<String[]> entries;

    @BeforeAll
    static void generate() {
        HazardStories stories = new HazardStories(7, HAZARDS, NOW, Map.of());
        HazardStories.Batch batch = new HazardStories.Batch();
        for (int i = 0; i < HAZARDS; i++) {
            stories.write(i, batch);
        }
        hazards = rows(batch.hazards);
        entries = rows(batch.entries);
    }

    @Test
    void theSameSeedWritesTheSameRows() {
        HazardStories.Batch a = new HazardStories.Batch();
        HazardStories.Batch b = new HazardStories.Batch();
        new HazardStories(7, HAZARDS, NOW, Map.of()).write(123, a);
        new HazardStories(7, HAZARDS, NOW, Map.of()).write(123, b);
        assertThat(a.hazards.bytes()).isEqualTo(b.hazards.bytes());
        assertThat(a.entries.bytes()).isEqualTo(b.entries.bytes());
    }

    @Test
    void everyRowHasEveryColumnAndAVillageOfTheFiveCounties() {
        for (String[] h : hazards) {
            assertThat(h).hasSize(COLUMNS.size());
            String region = value(h, "region_code");
            assertThat(region).matches("\\d{12}").doesNotEndWith("000");
            assertThat(Corpus.COUNTIES).contains(region.substring(0, 6));
        }
        assertThat(hazards.stream().map(h -> value(h, "region_code")).distinct().count()).isEqualTo(500);
    }

    @Test
    void theMixIsACountyLedgersMix() {
        assertThat(share(h -> value(h, "level").equals("MAJOR"))).isBetween(0.02, 0.04);
        assertThat(share(h -> value(h, "status").equals("CLOSED"))).isBetween(0.75, 0.95);
        assertThat(share(h -> value(h, "status").equals("RECTIFYING"))).isBetween(0.02, 0.10);
        assertThat(share(h -> value(h, "status").equals("RECTIFYING")
                && value(h, "deadline").compareTo("2026-11-26") < 0)).isBetween(0.01, 0.08);
        for (String column : List.of("status", "industry", "source", "risk_colour", "hazard_type")) {
            Set<String> seen = new HashSet<>();
            hazards.forEach(h -> seen.add(value(h, column)));
            assertThat(seen).as(column).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void eachSearchWordMatchesAFewPerCentNotAllOrNone() {
        for (String word : ListBench.WORDS) {
            double share = share(h -> (value(h, "title") + value(h, "description") + value(h, "enterprise_name")).contains(word));
            assertThat(share).as(word).isBetween(0.003, 0.15);
        }
    }

    @Test
    void ledgerNumbersAreUniqueAndCreditCodesPassTheirCheck() {
        Set<String> numbers = new HashSet<>();
        for (String[] h : hazards) {
            String number = value(h, "ledger_number");
            if (number != null) {
                assertThat(numbers.add(number)).as(number).isTrue();
                assertThat(number).matches("YH-\\d{6}-20\\d\\d-\\d{6,7}");
            }
            String code = value(h, "enterprise_credit_code");
            if (code != null) {
                assertThat(CreditCodes.problemWith(code)).as(code).isNull();
            }
        }
    }

    @Test
    void eachLedgerHoldsAsManyEntriesAsTheHazardCountsAndEndsAtItsHead() {
        Map<String, Integer> counted = new HashMap<>();
        Map<String, String> lastHash = new HashMap<>();
        for (String[] e : entries) {
            counted.merge(e[1], 1, Integer::sum);
            lastHash.put(e[1], e[11]);
        }
        for (String[] h : hazards) {
            String id = value(h, "id");
            int length = Integer.parseInt(value(h, "ledger_length"));
            assertThat(counted.get(id)).isEqualTo(length);
            assertThat(Integer.parseInt(value(h, "version"))).isEqualTo(length - 1);
            assertThat(lastHash.get(id)).isEqualTo(value(h, "ledger_head"));
        }
    }

    @Test
    void whereTheTableKeepsThePlansFundsOnTheRowTheyAreThePlansOwn() {
        HazardStories.Batch batch = new HazardStories.Batch();
        HazardStories stories = new HazardStories(7, HAZARDS, NOW, Map.of(), true);
        for (int i = 0; i < 300; i++) {
            stories.write(i, batch);
        }
        Map<String, String> planFunds = new HashMap<>();
        rows(batch.plans).forEach(p -> planFunds.put(p[0], p[6]));
        List<String[]> rows = rows(batch.hazards);
        assertThat(planFunds).isNotEmpty();
        for (String[] h : rows) {
            assertThat(h).hasSize(COLUMNS.size() + 1);
            assertThat(h[COLUMNS.size()]).isEqualTo(planFunds.getOrDefault(h[0], "\\N"));
        }
    }

    private static double share(java.util.function.Predicate<String[]> test) {
        return hazards.stream().filter(test).count() / (double) hazards.size();
    }

    private static String value(String[] row, String column) {
        String v = row[COLUMNS.indexOf(column)];
        return v.equals("\\N") ? null : v;
    }

    private static List<String[]> rows(CopyRows rows) {
        return Arrays.stream(new String(rows.bytes(), StandardCharsets.UTF_8).split("\n")).map(l -> l.split("\t", -1)).toList();
    }
}

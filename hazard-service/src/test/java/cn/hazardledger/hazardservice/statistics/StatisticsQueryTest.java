package cn.hazardledger.hazardservice.statistics;

import cn.hazardledger.chassis.security.RegionCode;
import cn.hazardledger.chassis.web.ProblemException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The period and the region of a form: defaults, China days, and the child rows a region has. */
class StatisticsQueryTest {

    static final RegionCode COUNTY = RegionCode.of("500240000000");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void theDefaultsAreYourRegionFromNewYearToToday() {
        StatisticsQuery q = StatisticsQuery.of(null, null, null, null, null, COUNTY, TODAY);
        assertThat(q.region()).isEqualTo(COUNTY);
        assertThat(q.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(q.to()).isEqualTo(TODAY);
        assertThat(StatisticsQuery.of(null, null, "2025-03-31", null, null, COUNTY, TODAY).from())
                .isEqualTo(LocalDate.of(2025, 1, 1));
    }

    @Test
    void thePeriodIsWholeChinaDays() {
        StatisticsQuery q = StatisticsQuery.of(null, "2025-03-01", "2025-03-31", null, null, COUNTY, TODAY);
        assertThat(q.start()).isEqualTo(Instant.parse("2025-02-28T16:00:00Z"));
        assertThat(q.end()).isEqualTo(Instant.parse("2025-03-31T16:00:00Z"));
        // one day is a period too
        assertThat(StatisticsQuery.of(null, "2026-11-26", "2026-11-26", null, null, COUNTY, TODAY).end())
                .isEqualTo(Instant.parse("2026-11-26T16:00:00Z"));
    }

    @Test
    void eachRefusalNamesItsParameter() {
        assertThat(refused(null, null, "2026-11-27")).isEqualTo("to");
        assertThat(refused(null, "2026-11-27", null)).isEqualTo("from");
        assertThat(refused(null, "2026-02-01", "2026-01-31")).isEqualTo("from");
        assertThat(refused(null, "1999-12-31", null)).isEqualTo("from");
        assertThat(refused("50024021300", null, null)).isEqualTo("region");
    }

    @Test
    void aRegionsRowsAreItsChildrenAndItsScopeIsEqualityFromTheCountyDown() {
        assertThat(StatisticsService.childColumn(RegionCode.of("500000000000"))).isEqualTo("substr(h.county_code, 1, 4)");
        assertThat(StatisticsService.childColumn(RegionCode.of("500100000000"))).isEqualTo("h.county_code");
        assertThat(StatisticsService.childColumn(COUNTY)).isEqualTo("h.township_code");
        assertThat(StatisticsService.childColumn(RegionCode.of("500240213000"))).isEqualTo("h.region_code");
        assertThat(StatisticsService.childColumn(RegionCode.of("500240213001"))).isEqualTo("h.region_code");
        assertThat(StatisticsService.regionCode("5001")).isEqualTo("500100000000");
        assertThat(StatisticsService.regionCode("500240213")).isEqualTo("500240213000");
        assertThat(StatisticsService.regionCode("500240213001")).isEqualTo("500240213001");
        Map<String, Object> params = new HashMap<>();
        assertThat(StatisticsService.scope(COUNTY, params)).isEqualTo("h.county_code = :county");
        assertThat(params).containsEntry("county", "500240");
        params.clear();
        assertThat(StatisticsService.scope(RegionCode.of("500240213000"), params))
                .isEqualTo("h.county_code = :county AND h.township_code = :township");
        assertThat(params).containsEntry("township", "500240213");
        params.clear();
        assertThat(StatisticsService.scope(RegionCode.of("500100000000"), params)).isEqualTo("h.region_code LIKE :prefix");
        assertThat(params).containsEntry("prefix", "5001%");
    }

    private static String refused(String region, String from, String to) {
        return catchThrowableOfType(ProblemException.class, () -> StatisticsQuery.of(region, from, to, null, null, COUNTY, TODAY))
                .problem().errors().get(0).field();
    }
}

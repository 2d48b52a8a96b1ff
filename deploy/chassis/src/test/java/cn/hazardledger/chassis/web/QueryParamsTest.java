package cn.hazardledger.chassis.web;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class QueryParamsTest {

    @Test
    void anUnknownEnumValueNamesTheAllowedOnes() {
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> QueryParams.enumValue(Thread.State.class, "SLEEPING", "state"));
        assertThat(e.problem().errors().get(0).field()).isEqualTo("state");
        assertThat(e.problem().errors().get(0).reason()).contains("RUNNABLE");
        assertThat(QueryParams.enumValue(Thread.State.class, " NEW ", "state")).isEqualTo(Thread.State.NEW);
        assertThat(QueryParams.enumValue(Thread.State.class, null, "state")).isNull();
        // a number is not a name, even where it would be the enum's ordinal
        assertThat(catchThrowableOfType(ProblemException.class,
                () -> QueryParams.enumValue(Thread.State.class, "1", "state")).problem().status()).isEqualTo(400);
    }

    @Test
    void aLimitIsAWholeNumberFromOneToAHundred() {
        assertThat(QueryParams.limit(null)).isEqualTo(20);
        assertThat(QueryParams.limit("")).isEqualTo(20);
        assertThat(QueryParams.limit("1")).isEqualTo(1);
        assertThat(QueryParams.limit(" 100 ")).isEqualTo(100);
        for (String bad : new String[] {"0", "101", "-1", "abc", "1e3", "2.5", "99999999999999999999", "+5", "0x10"}) {
            ProblemException e = catchThrowableOfType(ProblemException.class, () -> QueryParams.limit(bad));
            assertThat(e).as(bad).isNotNull();
            assertThat(e.problem().errors()).extracting(Problem.FieldError::field).containsExactly("limit");
        }
    }

    @Test
    void aFlagIsTrueOrFalseAndNothingElse() {
        assertThat(QueryParams.flag(null, "unread")).isFalse();
        assertThat(QueryParams.flag("TRUE", "unread")).isTrue();
        assertThat(QueryParams.flag("false", "unread")).isFalse();
        assertThat(catchThrowableOfType(ProblemException.class, () -> QueryParams.flag("yes", "unread"))
                .problem().errors().get(0).field()).isEqualTo("unread");
    }

    @Test
    void aUuidIsCanonical() {
        UUID id = UUID.randomUUID();
        assertThat(QueryParams.uuid(id.toString(), "hazardId")).isEqualTo(id);
        assertThat(QueryParams.uuid(null, "hazardId")).isNull();
        for (String bad : new String[] {"1-2-3-4-5", "not-a-uuid", id + "0", "../etc"}) {
            assertThat(catchThrowableOfType(ProblemException.class, () -> QueryParams.uuid(bad, "hazardId"))
                    .problem().errors().get(0).field()).as(bad).isEqualTo("hazardId");
        }
    }

    @Test
    void aDateIsYearMonthDayAndARealDay() {
        assertThat(QueryParams.date(" 2026-11-26 ", "from")).isEqualTo(java.time.LocalDate.of(2026, 11, 26));
        assertThat(QueryParams.date(null, "from")).isNull();
        for (String bad : new String[] {"2026-13-01", "2026-02-30", "tomorrow", "+2026-11-26", "20261126", "2026-11-26T00:00"}) {
            assertThat(catchThrowableOfType(ProblemException.class, () -> QueryParams.date(bad, "from"))
                    .problem().errors().get(0).field()).as(bad).isEqualTo("from");
        }
    }

    @Test
    void aRegionIsARealDivisionCode() {
        assertThat(QueryParams.region(" 500240213000 ", "region").value()).isEqualTo("500240213000");
        assertThat(QueryParams.region("", "region")).isNull();
        for (String bad : new String[] {"12345", "000000000000", "500000213001", "50024021300x"}) {
            assertThat(catchThrowableOfType(ProblemException.class, () -> QueryParams.region(bad, "region"))
                    .problem().errors().get(0).field()).as(bad).isEqualTo("region");
        }
    }
}

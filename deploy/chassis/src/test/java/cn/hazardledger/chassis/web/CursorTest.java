package cn.hazardledger.chassis.web;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CursorTest {

    @Test
    void aCursorSurvivesTheRoundTripToTheClient() {
        Cursor cursor = new Cursor(Instant.parse("2026-11-24T02:00:00.123456Z"), UUID.randomUUID());
        String token = cursor.encode();
        assertThat(token).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.decode(token)).isEqualTo(cursor);
    }

    @Test
    void aForgedCursorIsABadRequestNamingTheParameter() {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> Cursor.decode("bm90LWEtY3Vyc29y"));
        assertThat(e.problem().status()).isEqualTo(400);
        assertThat(e.problem().errors()).extracting(Problem.FieldError::field).containsExactly("cursor");
    }

    @Test
    void anUnknownEnumValueNamesTheAllowedOnes() {
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> QueryEnums.parse(Thread.State.class, "SLEEPING", "state"));
        assertThat(e.problem().errors().get(0).field()).isEqualTo("state");
        assertThat(e.problem().errors().get(0).reason()).contains("RUNNABLE");
        assertThat(QueryEnums.parse(Thread.State.class, " NEW ", "state")).isEqualTo(Thread.State.NEW);
        assertThat(QueryEnums.parse(Thread.State.class, null, "state")).isNull();
    }
}

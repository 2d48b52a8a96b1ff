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
    void aCursorFromOutsideTheTimesWeWriteIsForged() {
        UUID id = UUID.randomUUID();
        for (String at : new String[] {"+1000000000-01-01T00:00:00Z", "-999999999-01-01T00:00:00Z", "1970-01-01T00:00:00Z"}) {
            String token = java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((at + "|" + id).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            ProblemException e = catchThrowableOfType(ProblemException.class, () -> Cursor.decode(token));
            assertThat(e).as(at).isNotNull();
            assertThat(e.problem().errors()).extracting(Problem.FieldError::field).containsExactly("cursor");
        }
    }
}

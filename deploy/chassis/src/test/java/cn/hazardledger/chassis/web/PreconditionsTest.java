package cn.hazardledger.chassis.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PreconditionsTest {

    @Test
    void theCurrentStrongTagPasses() {
        assertThatCode(() -> Preconditions.requireMatch("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.requireMatch("\"1\", \"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Preconditions.requireMatch("*", 3)).doesNotThrowAnyException();
    }

    @Test
    void aStaleVersionIsPreconditionFailed() {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> Preconditions.requireMatch("\"2\"", 3));
        assertThat(e.problem().status()).isEqualTo(412);
        assertThat(e.problem().type()).endsWith("/precondition-failed");
    }

    @Test
    void aWeakOrUnquotedTagNeverMatches() {
        // RFC 9110 §13.1.1: If-Match uses the strong comparison
        for (String tag : new String[] {"W/\"3\"", "3", "\"3", "w/\"3\""}) {
            ProblemException e = catchThrowableOfType(ProblemException.class, () -> Preconditions.requireMatch(tag, 3));
            assertThat(e.problem().status()).as(tag).isEqualTo(412);
        }
    }

    @Test
    void noIfMatchIsPreconditionRequired() {
        assertThat(catchThrowableOfType(ProblemException.class, () -> Preconditions.requireMatch(null, 3))
                .problem().status()).isEqualTo(428);
        assertThat(catchThrowableOfType(ProblemException.class, () -> Preconditions.requireMatch(" ", 3))
                .problem().status()).isEqualTo(428);
    }
}

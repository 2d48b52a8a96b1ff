package cn.hazardledger.hazardservice.enterprise;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ValidCreditCodeTest {

    record Enterprise(@NotNull @ValidCreditCode String creditCode) {
    }

    record Optional(@ValidCreditCode String creditCode) {
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void aValidCodePasses() {
        assertThat(validator.validate(new Enterprise("91350100M000100Y43"))).isEmpty();
    }

    @Test
    void theMessageIsTheReason() {
        Set<ConstraintViolation<Enterprise>> violations = validator.validate(new Enterprise("91350100M000100Y44"));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath().toString()).isEqualTo("creditCode");
            assertThat(v.getMessage()).isEqualTo("wrong check character: the last character should be '3', not '4'");
        });
        assertThat(validator.validate(new Enterprise("91350100m000100y43")))
                .extracting(ConstraintViolation::getMessage).containsExactly("must be written in upper case");
    }

    @Test
    void nullIsLeftToNotNull() {
        assertThat(validator.validate(new Optional(null))).isEmpty();
        assertThat(validator.validate(new Enterprise(null)))
                .extracting(v -> (Object) v.getConstraintDescriptor().getAnnotation().annotationType())
                .containsExactly(NotNull.class);
    }

    @Test
    void templateSyntaxInTheInputStaysText() {
        // were the reason used as a template unescaped, "{" or "${" from a client would be interpolated
        assertThat(validator.validate(new Optional("91350100M000100Y${")))
                .extracting(ConstraintViolation::getMessage).singleElement().asString()
                .contains("U+0024 at position 17");
    }
}

package cn.hazardledger.hazardservice.enterprise;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A request field that must hold a {@link CreditCode}; null passes (pair with @NotNull where required). The
 * violation's message is {@link CreditCode#problemWith}'s reason, so the 400 says what is wrong with the code.
 * Kept in hazard-service, not the chassis: which organisations carry such a code is a domain rule.
 */
@Documented
@Constraint(validatedBy = ValidCreditCode.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidCreditCode {

    String message() default "must be an 18-character unified social credit code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ValidCreditCode, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            String problem = value == null ? null : CreditCode.problemWith(value);
            if (problem == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(literal(problem)).addConstraintViolation();
            return false;
        }

        // the reason quotes characters of the input, and a template reads { } $ \ as its own syntax
        private static String literal(String text) {
            return text.replaceAll("([\\\\{}$])", "\\\\$1");
        }
    }
}

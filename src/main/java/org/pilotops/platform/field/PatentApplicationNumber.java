package org.pilotops.platform.field;

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
 * A patent application number (ZC 0006-2003) in its stored form, {@code 201710601862.3}, with a correct
 * check digit; null is left to {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = PatentApplicationNumber.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface PatentApplicationNumber {

    String message() default "{org.pilotops.PatentApplicationNumber.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PatentApplicationNumber, String> {
        @Override
        public boolean isValid(String number, ConstraintValidatorContext context) {
            if (number == null) {
                return true;
            }
            String normalised = ApplicationNumbers.normalise(number);
            return number.equals(normalised)
                    && normalised.charAt(normalised.length() - 1) == ApplicationNumbers.expectedCheck(normalised);
        }
    }
}

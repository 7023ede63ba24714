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
 * A unified social credit code (GB 32100-2015) with a matching check character; null is left to
 * {@code @NotNull}. Checked again by JPA before a row is written, whatever path the value came by.
 */
@Documented
@Constraint(validatedBy = UnifiedSocialCreditCode.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface UnifiedSocialCreditCode {

    String message() default "{org.pilotops.UnifiedSocialCreditCode.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<UnifiedSocialCreditCode, String> {
        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null || CreditCodes.checks(code);
        }
    }
}

package org.pilotops.platform.record;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.pilotops.platform.field.CreditCodes;

/**
 * An SME's credit code is well formed and either has a matching check character or was confirmed by a
 * user as it stands (SPEC §6).
 */
@Documented
@Constraint(validatedBy = CreditCodeChecked.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface CreditCodeChecked {

    String message() default "{org.pilotops.CreditCodeChecked.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<CreditCodeChecked, Sme> {
        @Override
        public boolean isValid(Sme sme, ConstraintValidatorContext context) {
            if (sme == null || sme.getCreditCode() == null
                    || sme.violations().isEmpty() && CreditCodes.wellFormed(sme.getCreditCode())) {
                return true;
            }
            // Reported on the code itself, so the violation's path (sme.creditCode) names the field.
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("creditCode").addConstraintViolation();
            return false;
        }
    }
}

package org.pilotops.platform.record;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pilotops.platform.field.PatentApplicationNumber;
import org.pilotops.platform.field.UnifiedSocialCreditCode;

/** The Bean Validation constraints on the published examples of GB 32100-2015 and ZC 0006-2003. */
class ConstraintsTest {

    static ValidatorFactory factory;
    static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    record Agency(@UnifiedSocialCreditCode String code) {
    }

    record Filing(@PatentApplicationNumber String number) {
    }

    @Test
    void creditCodesMustCheck() {
        assertEquals(0, validator.validate(new Agency("91350200776049653A")).size());
        assertEquals(0, validator.validate(new Agency(null)).size());
        assertEquals(1, validator.validate(new Agency("91350200776049653B")).size());
        assertEquals(1, validator.validate(new Agency("9135020077604965")).size());
    }

    @Test
    void applicationNumbersMustBeStoredNormalisedWithTheirCheckDigit() {
        assertEquals(0, validator.validate(new Filing("201710601862.3")).size());
        assertEquals(1, validator.validate(new Filing("201710123456.7")).size(), "its check is 0");
        assertEquals(1, validator.validate(new Filing("CN201710601862.3")).size(), "not normalised");
    }

    @Test
    void anSmesCodeChecksOrIsConfirmed() {
        Sme sme = new Sme();
        var fields = Sme.<Sme>fields(s -> s);
        fields.get(0).assign(sme, "厦门某公司");
        fields.get(1).assign(sme, "91350200776049653B");
        assertEquals(1, validator.validate(sme).size());
        fields.get(2).assign(sme, Boolean.TRUE);
        assertEquals(0, validator.validate(sme).size());
        fields.get(1).assign(sme, "91350200776049653A");
        fields.get(2).assign(sme, Boolean.FALSE);
        assertEquals(0, validator.validate(sme).size());
    }
}

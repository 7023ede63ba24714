package org.pilotops.platform.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pilotops.platform.field.CreditCodes;
import org.pilotops.platform.field.FieldType;
import org.pilotops.platform.field.FieldValueException;
import org.pilotops.platform.problem.Violation;

/** GB 32100-2015 on the published example and its near misses. */
class CreditCodesTest {

    @Test
    void thePublishedExampleChecks() {
        assertTrue(CreditCodes.checks("91350200776049653A"));
        assertEquals('A', CreditCodes.expectedCheck("91350200776049653A"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350200776049653B", "91350200776049654A"})
    void aChangedCharacterFailsTheCheck(String code) {
        assertTrue(CreditCodes.wellFormed(code));
        assertFalse(CreditCodes.checks(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350200776049653", "91350200776049653AA", "9135020077604965IA", "91350200776049653O"})
    void wrongLengthOrLettersOutsideTheAlphabetAreNotCodes(String code) {
        assertFalse(CreditCodes.wellFormed(code));
        assertEquals("uscc.format", assertThrows(FieldValueException.class,
                () -> FieldType.creditCode().parse(code)).key());
    }

    @Test
    void spacesAndSmallLettersAreNormalised() throws FieldValueException {
        assertEquals("91350200776049653A", FieldType.creditCode().parse("9135 0200 7760 4965 3a"));
    }

    /** A record with an SME, to see the check applied with and without the user's confirmation. */
    static final class Probe {
        final Sme sme = new Sme();
    }

    @Test
    void aMismatchNamesTheExpectedCharacterUnlessTheUserConfirms() {
        List<RecordField<Probe, ?>> fields = Sme.fields(p -> p.sme);
        Probe probe = new Probe();
        fields.get(0).assign(probe, "厦门某公司");
        fields.get(1).assign(probe, "91350200776049653B");
        List<Violation> refused = probe.sme.violations();
        assertEquals(1, refused.size());
        assertEquals("smeCreditCode", refused.get(0).field());
        assertEquals(List.of("A"), refused.get(0).args());

        fields.get(2).assign(probe, Boolean.TRUE);
        assertTrue(probe.sme.violations().isEmpty(), "confirmed by the user, and stored so");
        assertTrue(probe.sme.isCreditCodeConfirmed());
    }
}

package org.pilotops.platform.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** ZC 0006-2003 on the published examples. */
class ApplicationNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "201710601862.3, 201710601862.3",
            "CN201710601862.3, 201710601862.3",
            "ZL 2017 1060 1862.3, 201710601862.3",
            "zl201710601862.3, 201710601862.3",
            "2017106018623, 201710601862.3"})
    void prefixesSpacesAndTheMissingDotAreNormalised(String written, String stored) throws FieldValueException {
        assertEquals(stored, FieldType.applicationNumber().parse(written));
    }

    @org.junit.jupiter.api.Test
    void theCheckOfTheInvalidExampleIsZero() {
        assertEquals('0', ApplicationNumbers.expectedCheck("201710123456.7"));
        FieldValueException refused = assertThrows(FieldValueException.class,
                () -> FieldType.applicationNumber().parse("201710123456.7"));
        assertEquals("application-number.check", refused.key());
        assertEquals("0", refused.args().get(1));
    }

    @org.junit.jupiter.api.Test
    void aRemainderOfTenIsWrittenXInEitherCase() throws FieldValueException {
        String twelve = findTwelveDigitsWithCheckTen();
        assertEquals(twelve + ".X", FieldType.applicationNumber().parse(twelve + ".x"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"20171060186.3", "201740601862.3", "2017106018623.3", "abc", "201710601862.Y"})
    void otherShapesAreNotApplicationNumbers(String written) {
        assertEquals("application-number.format", assertThrows(FieldValueException.class,
                () -> FieldType.applicationNumber().parse(written)).key());
    }

    private static String findTwelveDigitsWithCheckTen() {
        for (int serial = 0; serial < 10_000_000; serial++) {
            String twelve = "20181" + String.format("%07d", serial);
            if (ApplicationNumbers.expectedCheck(twelve + ".0") == 'X') {
                return twelve;
            }
        }
        throw new AssertionError("no serial with check X");
    }
}

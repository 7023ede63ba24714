package org.pilotops.platform.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldTypeTest {

    enum Colour { RED, GREEN }

    @ParameterizedTest
    @CsvSource({"0,0.00", "12,12.00", "12.3,12.30", "12.34,12.34", "1200.50,1200.50", "'1,234.5',1234.50",
            "999999999999.99,999999999999.99"})
    void moneyKeepsTwoDecimalsWithoutFloatingPoint(String text, String stored) throws FieldValueException {
        assertEquals(new BigDecimal(stored), FieldType.money().parse(text));
        assertEquals(stored, FieldType.money().format(FieldType.money().parse(text)));
    }

    @ParameterizedTest
    @CsvSource({"12.345,field.money-scale", "-1,field.money-range", "1000000000000,field.money-range",
            "abc,field.money-format", "1e3x,field.money-format"})
    void moneyRefusesWhatIsNotCny(String text, String key) {
        assertEquals(key, assertThrows(FieldValueException.class, () -> FieldType.money().parse(text)).key());
    }

    @Test
    void moneyFromJsonNumbersUsesTheirDecimalText() throws FieldValueException {
        assertEquals(new BigDecimal("0.10"), FieldType.money().fromJson(Json.createValue(new BigDecimal("0.1"))));
        assertEquals(new BigDecimal("12.50"), FieldType.money().fromJson(Json.createValue("12.5")));
        assertEquals("field.wrong-type", assertThrows(FieldValueException.class,
                () -> FieldType.money().fromJson(Json.createObjectBuilder().build())).key());
    }

    @Test
    void countsAreWholeAndWithinBounds() throws FieldValueException {
        FieldType<Integer> count = FieldType.count(0, 100);
        assertEquals(42, count.parse("42"));
        assertEquals(7, count.fromJson(Json.createValue(7)));
        assertEquals("field.count-range", assertThrows(FieldValueException.class, () -> count.parse("-1")).key());
        assertEquals("field.count-range", assertThrows(FieldValueException.class, () -> count.parse("101")).key());
        assertEquals("field.count-format", assertThrows(FieldValueException.class, () -> count.parse("4.5")).key());
        assertEquals("field.count-format", assertThrows(FieldValueException.class,
                () -> count.fromJson(Json.createValue(4.5))).key());
        assertEquals("field.wrong-type", assertThrows(FieldValueException.class,
                () -> count.fromJson(Json.createValue("7"))).key());
        assertEquals("field.count-format", assertThrows(FieldValueException.class,
                () -> count.parse("99999999999999999999")).key(), "beyond long is not a count either");
    }

    @Test
    void datesAreIsoAndInsideTheProgramme() throws FieldValueException {
        assertEquals(LocalDate.of(2018, 3, 1), ProgrammeDates.date().parse("2018-03-01"));
        assertEquals("field.date-format", assertThrows(FieldValueException.class,
                () -> ProgrammeDates.date().parse("2018-02-30")).key());
        assertEquals("field.date-format", assertThrows(FieldValueException.class,
                () -> ProgrammeDates.date().parse("01/03/2018")).key());
        assertEquals("field.date-range", assertThrows(FieldValueException.class,
                () -> ProgrammeDates.date().parse("2016-12-31")).key());
        assertEquals(FieldType.Editor.DATE, ProgrammeDates.date().editor());
        assertEquals("2017-01-01", ProgrammeDates.date().earliest());
        assertEquals("2035-12-31", ProgrammeDates.date().latest());
        assertEquals(FieldType.Editor.TEXT, FieldType.money().editor());
    }

    @Test
    void enumerationsTakeExactNamesAndListTheChoices() throws FieldValueException {
        FieldType<Colour> colour = FieldType.enumeration(Colour.class);
        assertEquals(Colour.GREEN, colour.parse("GREEN"));
        FieldValueException refused = assertThrows(FieldValueException.class, () -> colour.parse("green"));
        assertEquals("field.unknown-value", refused.key());
        assertEquals("RED, GREEN", refused.args().get(1));
        assertEquals("enum.Colour.RED", colour.choiceKey("RED"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b", "bell\u0007"})
    void textRefusesControlCharacters(String text) {
        assertEquals("field.control-characters",
                assertThrows(FieldValueException.class, () -> FieldType.text(50).parse(text)).key());
    }

    @Test
    void textCountsCharactersNotBytes() throws FieldValueException {
        assertEquals("张家港市", FieldType.text(4).parse("张家港市"));
        assertEquals("field.too-long", assertThrows(FieldValueException.class,
                () -> FieldType.text(3).parse("张家港市")).key());
        assertEquals("<script>", FieldType.text(10).parse("<script>"), "stored as text; escaped on output");
    }

    @Test
    void yesNoReadsChineseAndJsonBooleans() throws FieldValueException {
        assertEquals(true, FieldType.yesNo().parse("是"));
        assertEquals(false, FieldType.yesNo().parse("FALSE"));
        assertEquals(true, FieldType.yesNo().fromJson(jakarta.json.JsonValue.TRUE));
        assertThrows(FieldValueException.class, () -> FieldType.yesNo().fromJson(Json.createValue("true")));
    }
}

package org.pilotops.platform.field;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pilotops.platform.record.RecordSource;

/**
 * What a field type says of its JSON values (the facts the API document is made of) is what it reads: a
 * value at each limit is read, one past it refused, and a value it answers matches its own shape.
 */
class JsonShapeTest {

    @Test
    void textSaysItsLengthInCodePoints() {
        FieldType<String> text = FieldType.text(5);
        JsonShape shape = text.jsonShape();
        assertEquals("string", shape.type());
        assertEquals(5, shape.maxLength());
        assertEquals("𠮷𠮷𠮷𠮷𠮷", read(text, Json.createValue("𠮷𠮷𠮷𠮷𠮷")));
        assertThrows(FieldValueException.class, () -> text.fromJson(Json.createValue("123456")));
        assertThrows(FieldValueException.class, () -> text.fromJson(Json.createValue(12)), "a number is not a text");
    }

    @Test
    void anEnumerationSaysItsValues() {
        JsonShape shape = FieldType.enumeration(RecordSource.class).jsonShape();
        assertEquals("string", shape.type());
        assertEquals(List.of("CITY", "AGENCY", "IMPORT", "API"), shape.choices());
    }

    @Test
    void aCountSaysItsRange() {
        FieldType<Integer> count = FieldType.count(1, 600);
        JsonShape shape = count.jsonShape();
        assertEquals("integer", shape.type());
        assertEquals(0, BigDecimal.ONE.compareTo(shape.minimum()));
        assertEquals(0, BigDecimal.valueOf(600).compareTo(shape.maximum()));
        assertEquals(600, read(count, Json.createValue(600)));
        assertThrows(FieldValueException.class, () -> count.fromJson(Json.createValue(601)));
        assertThrows(FieldValueException.class, () -> count.fromJson(Json.createValue(0)));
        assertThrows(FieldValueException.class, () -> count.fromJson(Json.createValue("5")), "a string is not a count");
    }

    @Test
    void moneyIsAnsweredAsADecimalStringAndReadFromANumberToo() {
        FieldType<BigDecimal> money = FieldType.money();
        JsonShape shape = money.jsonShape();
        assertEquals("string", shape.type());
        assertEquals("decimal", shape.format());
        JsonValue answered = money.toJson(new BigDecimal("999999999999.99"));
        assertTrue(Pattern.compile(shape.pattern()).matcher(((jakarta.json.JsonString) answered).getString()).matches(),
                answered + " matches " + shape.pattern());
        JsonShape number = shape.alsoAccepted().get(0);
        assertEquals("number", number.type());
        assertTrue(number.maximumExcluded());
        assertEquals(0, new BigDecimal("0.01").compareTo(number.multipleOf()));
        assertEquals(new BigDecimal("999999999999.99"), read(money, Json.createValue(new BigDecimal("999999999999.99"))));
        assertThrows(FieldValueException.class, () -> money.fromJson(Json.createValue(number.maximum())));
        assertThrows(FieldValueException.class, () -> money.fromJson(Json.createValue(new BigDecimal("0.001"))));
        assertThrows(FieldValueException.class, () -> money.fromJson(Json.createValue(new BigDecimal("-0.01"))));
        assertThrows(FieldValueException.class, () -> money.fromJson(JsonValue.TRUE));
    }

    @Test
    void anotherDecimalIsAnsweredAsANumberAndReadFromAStringToo() {
        FieldType<BigDecimal> hours = FieldType.decimal(1, new BigDecimal("1000"));
        JsonShape shape = hours.jsonShape();
        assertEquals("number", shape.type());
        assertEquals(0, new BigDecimal("0.1").compareTo(shape.multipleOf()));
        assertEquals(false, shape.maximumExcluded());
        assertEquals("string", shape.alsoAccepted().get(0).type());
        assertTrue(Pattern.compile(shape.alsoAccepted().get(0).pattern()).matcher("1000.0").matches());
        assertEquals(new BigDecimal("1000.0"), read(hours, Json.createValue("1000.0")));
        assertThrows(FieldValueException.class, () -> hours.fromJson(Json.createValue(new BigDecimal("1000.1"))));
    }

    @Test
    void aDateSaysItsFormatAndBounds() {
        FieldType<LocalDate> date = ProgrammeDates.date();
        JsonShape shape = date.jsonShape();
        assertEquals("date", shape.format());
        assertEquals(ProgrammeDates.EARLIEST.toString(), shape.earliest());
        assertEquals(ProgrammeDates.LATEST.toString(), shape.latest());
        assertEquals(ProgrammeDates.EARLIEST, read(date, Json.createValue(shape.earliest())));
        assertThrows(FieldValueException.class, () -> date.fromJson(Json.createValue(
                ProgrammeDates.EARLIEST.minusDays(1).toString())));
    }

    @Test
    void aReferenceIsAPositiveInteger() {
        JsonShape shape = FieldType.reference().jsonShape();
        assertEquals("integer", shape.type());
        assertEquals("int64", shape.format());
        assertEquals(0, BigDecimal.ONE.compareTo(shape.minimum()));
        assertThrows(FieldValueException.class, () -> FieldType.reference().fromJson(Json.createValue(0)));
    }

    @Test
    void codesSayTheFormTheyAreStoredIn() throws FieldValueException {
        JsonShape code = FieldType.creditCode().jsonShape();
        assertEquals(CreditCodes.FORMAT, code.format());
        assertTrue(Pattern.compile(code.pattern()).matcher("91350200776049653A").matches());
        JsonShape number = FieldType.applicationNumber().jsonShape();
        assertEquals(ApplicationNumbers.FORMAT, number.format());
        String stored = FieldType.applicationNumber().parse("CN 201710601862.3");
        assertTrue(Pattern.compile(number.pattern()).matcher(stored).matches(), stored);
    }

    @Test
    void yesNoIsABoolean() {
        assertEquals("boolean", FieldType.yesNo().jsonShape().type());
        assertTrue(FieldType.yesNo().jsonShape().choices().isEmpty(), "true and false are the JSON type's own");
    }

    private static <V> V read(FieldType<V> type, JsonValue json) {
        try {
            V value = type.fromJson(json);
            assertNotNull(value);
            return value;
        } catch (FieldValueException e) {
            throw new AssertionError(json + " refused: " + e.key(), e);
        }
    }
}

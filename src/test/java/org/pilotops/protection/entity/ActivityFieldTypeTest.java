package org.pilotops.protection.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilotops.platform.field.FieldValueException;

class ActivityFieldTypeTest {

    final ActivityFieldType type = new ActivityFieldType();

    @Test
    void textAndJsonReadTheSameYearsInOrder() throws FieldValueException {
        List<YearActivity> fromText = type.parse("2019:80/70/20；2018：120/100/30");
        assertEquals("2018:120/100/30; 2019:80/70/20", type.format(fromText));
        List<YearActivity> fromJson = type.fromJson(Json.createReader(new StringReader(
                "[{\"year\":2019,\"casesAccepted\":80,\"casesClosed\":70,\"disputesMediated\":20},"
                        + "{\"year\":2018,\"casesAccepted\":120,\"casesClosed\":100,\"disputesMediated\":30}]")).readArray());
        assertEquals(type.format(fromText), type.format(fromJson));
        assertEquals(type.toJson(fromText), type.toJson(fromJson));
    }

    @Test
    void malformedDuplicateOrOutOfRangeYearsAreRefused() {
        assertEquals("activity.format", assertThrows(FieldValueException.class, () -> type.parse("2018 120 100 30")).key());
        assertEquals("activity.duplicate-year", assertThrows(FieldValueException.class,
                () -> type.parse("2018:1/1/1; 2018:2/2/2")).key());
        assertEquals("activity.year", assertThrows(FieldValueException.class, () -> type.parse("2016:1/1/1")).key());
        assertEquals("activity.member", assertThrows(FieldValueException.class, () -> type.fromJson(
                Json.createReader(new StringReader("[{\"year\":2018,\"casesAccepted\":-0.5}]")).readArray())).key());
        assertEquals("field.wrong-type", assertThrows(FieldValueException.class,
                () -> type.fromJson(Json.createValue("2018:1/1/1"))).key());
    }

    /** Found by GeneratedRequestsApiIT: a count beyond an int was an ArithmeticException, a 500. */
    @Test
    void numbersBeyondAnyCountAreOutOfRangeNotAnOverflow() {
        String entry = "[{\"year\":%s,\"casesAccepted\":%s,\"casesClosed\":1,\"disputesMediated\":1}]";
        assertEquals("activity.count", assertThrows(FieldValueException.class, () -> type.fromJson(Json.createReader(
                new StringReader(entry.formatted("2019", "10000000000"))).readArray())).key());
        assertEquals("activity.count", assertThrows(FieldValueException.class, () -> type.fromJson(Json.createReader(
                new StringReader(entry.formatted("2019", "-100000000000000000000000"))).readArray())).key());
        assertEquals("activity.year", assertThrows(FieldValueException.class, () -> type.fromJson(Json.createReader(
                new StringReader(entry.formatted("100000000000000000000000", "1"))).readArray())).key());
    }

    @Test
    void aFormEditsTheCaseloadAsRowsThatJoinIntoTheTextOfAFile() throws FieldValueException {
        assertEquals(org.pilotops.platform.field.FieldType.Editor.ROWS, type.editor());
        assertEquals(List.of("year", "casesAccepted", "casesClosed", "disputesMediated"), type.rowColumns());
        List<List<String>> rows = type.rows("2018:120/100/30; 2019：80 / 70 / 20");
        assertEquals(List.of(List.of("2018", "120", "100", "30"), List.of("2019", "80", "70", "20")), rows);
        assertEquals("2018:120/100/30; 2019:80/70/20", type.joinRows(rows));
        assertEquals(type.format(type.parse("2018:120/100/30; 2019:80/70/20")), type.joinRows(rows));
        assertEquals(List.of(), type.rows(""));
    }

    @Test
    void blankRowsAreSkippedAndSeparatorsInACellCannotSplitTheText() {
        assertEquals("2019:1/2/3", type.joinRows(List.of(List.of("", " ", "", ""), List.of(" 2019", "1", "2", "3 "))));
        assertEquals("2019:1_2/2/3", type.joinRows(List.of(List.of("2019", "1;2", "2", "3"))));
        assertEquals("2019:1/2/", type.joinRows(List.of(java.util.Arrays.asList("2019", "1", "2", null))));
    }

    @Test
    void aBadCellIsRefusedWithItsRowAndColumn() {
        FieldValueException negative = assertThrows(FieldValueException.class,
                () -> type.parse(type.joinRows(List.of(List.of("2018", "1", "1", "1"), List.of("2019", "5", "-3", "0")))));
        assertEquals("activity.count", negative.key());
        assertEquals(1, negative.row());
        assertEquals("casesClosed", negative.column());

        FieldValueException notANumber = assertThrows(FieldValueException.class, () -> type.parse("2018:1/1/十"));
        assertEquals("field.count-format", notANumber.key());
        assertEquals(0, notANumber.row());
        assertEquals("disputesMediated", notANumber.column());

        FieldValueException empty = assertThrows(FieldValueException.class, () -> type.parse("2018:/1/1"));
        assertEquals("field.required", empty.key());
        assertEquals("casesAccepted", empty.column());

        FieldValueException year = assertThrows(FieldValueException.class, () -> type.parse("2018:1/1/1; 2040:1/1/1"));
        assertEquals("activity.year", year.key());
        assertEquals(1, year.row());
        assertEquals("year", year.column());

        FieldValueException twice = assertThrows(FieldValueException.class, () -> type.parse("2018:1/1/1; 2018:2/2/2"));
        assertEquals(1, twice.row());
        assertEquals("year", twice.column());

        FieldValueException whole = assertThrows(FieldValueException.class, () -> type.parse("2018 1 1 1"));
        assertEquals("activity.format", whole.key());
        assertEquals(0, whole.row());
        assertEquals(null, whole.column());
    }

    @Test
    void fieldValueExceptionsOfSingleValuesHaveNoCell() {
        FieldValueException plain = new FieldValueException("field.required");
        assertEquals(-1, plain.row());
        assertEquals(null, plain.column());
    }
}

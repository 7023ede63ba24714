package org.pilotops.protection.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilotops.platform.record.FieldValueException;

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
}

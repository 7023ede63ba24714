package org.pilotops.navigation.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pilotops.navigation.boundary.NavigationProjectKind;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.RecordSource;
import org.pilotops.platform.record.RecordValues;

/** The navigation project's fields and rules, read the way the API, the portal and imports read them. */
class NavigationProjectKindTest {

    final NavigationProjectKind kind = new NavigationProjectKind();

    static Map<String, String> texts() {
        Map<String, String> texts = new HashMap<>();
        texts.put("title", " 张家港市新材料产业专利导航 ");
        texts.put("type", "INDUSTRY_PLANNING");
        texts.put("industry", "新材料");
        texts.put("leadOrganisation", "张家港市科学技术局");
        texts.put("startDate", "2018-05-01");
        texts.put("endDate", "2019-04-30");
        texts.put("budget", "300000");
        texts.put("status", "COMPLETED");
        texts.put("smesReached", "");
        return texts;
    }

    @Test
    void readsTextTrimmedAndTyped() {
        RecordValues values = kind.readText(texts());
        assertEquals("张家港市新材料产业专利导航", values.get("title"));
        assertEquals(NavigationType.INDUSTRY_PLANNING, values.get("type"));
        assertEquals(LocalDate.of(2018, 5, 1), values.get("startDate"));
        assertEquals(new BigDecimal("300000.00"), values.get("budget"));
        assertEquals(null, values.get("smesReached"));
    }

    @Test
    void theReportingYearIsTheYearTheProjectStarted() {
        NavigationProject project = kind.newRecord();
        kind.apply(project, kind.readText(texts()));
        project.logged(1, null, RecordSource.CITY, "city-zjg", Instant.now());
        assertEquals(2018, project.getYear());
        assertNull(project.getSmesReached(), "unknown until said, never a made-up 0");

        Map<String, String> moved = texts();
        moved.put("startDate", "2020-01-02");
        moved.put("endDate", "2020-06-30");
        kind.apply(project, kind.readText(moved));
        project.touched("city-zjg", Instant.now());
        assertEquals(2020, project.getYear());
    }

    @Test
    void everyBrokenFieldIsNamedAtOnce() {
        Map<String, String> texts = texts();
        texts.put("title", "");
        texts.put("type", "PLANNING");
        texts.put("budget", "12.345");
        texts.put("startDate", "2018/05/01");
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> kind.readText(texts));
        assertEquals(Set.of("title", "type", "budget", "startDate"), fields(refused));
    }

    @Test
    void anEndBeforeTheStartAndACompletedProjectWithoutEndAreRefused() {
        Map<String, String> texts = texts();
        texts.put("endDate", "2018-04-30");
        NavigationProject project = kind.newRecord();
        assertEquals(Set.of("endDate"), fields(assertThrows(InvalidInputException.class,
                () -> kind.apply(project, kind.readText(texts)))));
        texts.put("endDate", "");
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> kind.apply(project, kind.readText(texts)));
        assertEquals("navigation.completed-needs-end", refused.violations().get(0).key());
    }

    @Test
    void jsonWithUnknownFieldsOrWrongTypesIsRefusedButCommonFieldsMayComeBack() {
        JsonObject json = Json.createReader(new StringReader("""
                {"id": 5, "version": 3, "cityId": 1, "createdBy": "x", "title": "T", "type": "INDUSTRY_PLANNING",
                 "industry": "新材料", "leadOrganisation": "L", "startDate": "2019-01-01", "budget": 10.5,
                 "status": "PLANNED", "smesReached": "12", "colour": "red"}
                """)).readObject();
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> kind.readJson(json));
        assertEquals(Set.of("smesReached", "colour"), fields(refused));
    }

    @Test
    void jsonShowsEveryFieldAndTheCommonOnes() {
        NavigationProject project = kind.newRecord();
        kind.apply(project, kind.readText(texts()));
        project.logged(1, 7L, RecordSource.AGENCY, "agency-1", Instant.parse("2020-01-01T00:00:00Z"));
        JsonObject json = kind.toJson(withId(project));
        for (String field : new String[] {"id", "cityId", "year", "version", "source", "createdBy", "createdAt",
                "updatedBy", "updatedAt", "title", "type", "industry", "leadOrganisation", "startDate", "endDate",
                "budget", "status", "smesReached"}) {
            assertTrue(json.containsKey(field), field);
        }
        assertEquals("AGENCY", json.getString("source"));
        assertEquals(7, json.getInt("loggingAgencyId"));
        assertEquals("300000.00", json.getString("budget"));
    }

    private static NavigationProject withId(NavigationProject project) {
        try {
            var id = org.pilotops.platform.persistence.BaseEntity.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(project, 42L);
            return project;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> fields(InvalidInputException refused) {
        return refused.violations().stream().map(Violation::field).collect(Collectors.toSet());
    }
}

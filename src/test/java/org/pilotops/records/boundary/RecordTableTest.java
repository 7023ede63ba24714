package org.pilotops.records.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pilotops.filing.boundary.FreeFilingKind;
import org.pilotops.navigation.boundary.NavigationProjectKind;
import org.pilotops.navigation.entity.NavigationProject;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.record.RecordSource;
import org.pilotops.pledge.boundary.PledgeFinancingKind;
import org.pilotops.protection.boundary.ProtectionCentreKind;
import org.pilotops.protection.entity.ProtectionCentre;
import org.pilotops.training.boundary.TrainingSessionKind;
import org.pilotops.trusteeship.boundary.TrusteeshipContractKind;
import org.pilotops.voucher.boundary.VoucherKind;

/**
 * The batch import writes what JPA would write, for every kind: the table's columns as the entity maps
 * them (found here independently, from the mapping annotations), values converted as JPA converts them,
 * and a protection centre's yearly activity in its own table.
 */
class RecordTableTest {

    static List<RecordKind<? extends CityRecord>> kinds() {
        return List.of(new NavigationProjectKind(), new PledgeFinancingKind(), new TrusteeshipContractKind(),
                new ProtectionCentreKind(), new TrainingSessionKind(), new VoucherKind(), new FreeFilingKind());
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void everyMappedColumnOfTheKindsTableIsWritten(RecordKind<? extends CityRecord> kind) {
        Set<String> mapped = new TreeSet<>();
        columns(kind.entityClass(), mapped);
        assertEquals(mapped, new TreeSet<>(RecordTable.of(kind).insertColumns()),
                kind.path() + ": a column the entity maps but the batch path would leave out, or the reverse");
    }

    /** Every column an entity maps in its own table, the id (the database's to give) excepted. */
    private static void columns(Class<?> type, Set<String> into) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || Modifier.isTransient(f.getModifiers())
                        || f.isAnnotationPresent(Id.class) || f.isAnnotationPresent(ElementCollection.class)) {
                    continue;
                }
                if (f.isAnnotationPresent(Embedded.class)) {
                    columns(f.getType(), into);
                } else {
                    Column column = f.getAnnotation(Column.class);
                    into.add(column != null && !column.name().isEmpty() ? column.name() : f.getName().toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    @Test
    void aNewRecordIsWrittenAsJpaWouldWriteIt() {
        NavigationProjectKind kind = new NavigationProjectKind();
        NavigationProject project = kind.newRecord();
        kind.apply(project, kind.readText(Map.of("title", "导航", "type", "INDUSTRY_PLANNING", "industry", "新材料",
                "leadOrganisation", "科学技术局", "startDate", "2019-03-01", "budget", "1,200.50", "status", "ONGOING")));
        Instant at = Instant.parse("2020-05-06T07:08:09.123Z");
        project.logged(17, null, RecordSource.IMPORT, "city-zjg", at);

        RecordTable<NavigationProject> table = RecordTable.of(kind);
        Map<String, Object> row = byColumn(table.insertColumns(), table.insertValues(project));
        assertEquals(17L, row.get("city_id"));
        assertEquals(2019, row.get("year"));
        assertEquals("IMPORT", row.get("source"), "enums by name, as mapped");
        assertEquals("INDUSTRY_PLANNING", row.get("type"));
        assertEquals(LocalDateTime.parse("2020-05-06T07:08:09.123"), row.get("created_at"), "instants in UTC, as the converter stores them");
        assertEquals(LocalDateTime.parse("2020-05-06T07:08:09.123"), row.get("updated_at"));
        assertEquals(RecordTable.FIRST_VERSION, row.get("version"));
        assertEquals(new BigDecimal("1200.50"), row.get("budget"));
        assertEquals(LocalDate.of(2019, 3, 1), row.get("start_date"));
        assertEquals(null, row.get("end_date"));
        assertEquals(null, row.get("smes_reached"));
        assertTrue(row.containsKey("logging_agency_id") && row.get("logging_agency_id") == null);
        assertTrue(table.children().isEmpty());
    }

    @Test
    void aProtectionCentresYearlyActivityGoesToItsOwnTable() {
        ProtectionCentreKind kind = new ProtectionCentreKind();
        ProtectionCentre centre = kind.newRecord();
        kind.apply(centre, kind.readText(Map.of("name", "维权中心", "kind", "RAPID_RIGHTS_PROTECTION",
                "status", "OPERATING", "openingDate", "2019-03-01", "activity", "2019:120/100/30; 2020:80/70/20")));
        centre.logged(17, null, RecordSource.IMPORT, "city-zjg", Instant.now());

        RecordTable<ProtectionCentre> table = RecordTable.of(kind);
        assertEquals(1, table.children().size());
        RecordTable.ChildTable<ProtectionCentre> activity = table.children().get(0);
        assertEquals("activity", activity.field());
        assertEquals("protection_centre_activity", activity.name());
        assertEquals("centre_id", activity.ownerColumn());
        assertEquals(List.of("year", "cases_accepted", "cases_closed", "disputes_mediated"), activity.columns());
        List<Object[]> rows = activity.rows().apply(centre);
        assertEquals(2, rows.size());
        assertArrayEquals(new Object[] {2019, 120, 100, 30}, rows.get(0));
        assertArrayEquals(new Object[] {2020, 80, 70, 20}, rows.get(1));
    }

    private static Map<String, Object> byColumn(List<String> columns, Object[] values) {
        assertEquals(columns.size(), values.length);
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            row.put(columns.get(i), values[i]);
        }
        return row;
    }
}

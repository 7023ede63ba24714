package org.pilotops.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ActorTest {

    static Actor city(long cityId) {
        return new Actor("city", Set.of(Role.CITY_REPORTER), cityId, null, null, false, Set.of(cityId));
    }

    @Test
    void aCityReporterSeesAndReportsForItsOwnCityOnly() {
        Actor actor = city(1);
        assertTrue(actor.sees(1));
        assertFalse(actor.sees(2));
        assertTrue(actor.reportsFor(1));
        assertFalse(actor.reportsFor(2));
        assertTrue(actor.seesRecordOf(1, 9L), "a city sees what agencies logged for it");
        assertFalse(actor.onlyAgencyRecords());
    }

    @Test
    void agencyStaffSeeOnlyTheirAgencysRecordsInTheCitiesItServes() {
        Actor agency = new Actor("agency", Set.of(Role.AGENCY_STAFF), null, null, 9L, false, Set.of(1L, 3L));
        assertTrue(agency.seesRecordOf(1, 9L));
        assertFalse(agency.seesRecordOf(1, null), "not what the city logged itself");
        assertFalse(agency.seesRecordOf(1, 8L), "not what another agency logged");
        assertFalse(agency.seesRecordOf(2, 9L), "not in a city it does not serve");
        assertTrue(agency.servesAsAgency(3));
        assertFalse(agency.reportsFor(1));
    }

    @Test
    void reviewersSeeButDoNotReport() {
        Actor national = new Actor("national", Set.of(Role.NATIONAL_REVIEWER), null, null, null, true, Set.of(1L, 12345L));
        assertTrue(national.sees(12345));
        assertFalse(national.sees(99999), "a city that does not exist");
        assertFalse(national.reportsFor(1));
        assertFalse(national.servesAsAgency(1));
        Actor province = new Actor("province", Set.of(Role.PROVINCE_REVIEWER), null, 320000, null, false, Set.of(1L, 3L));
        assertTrue(province.sees(3));
        assertFalse(province.sees(2));
    }

    @Test
    void anAdministratorSeesNoRecords() {
        Actor admin = new Actor("admin", Set.of(Role.ADMIN), null, null, null, false, Set.of());
        assertFalse(admin.sees(1));
    }
}

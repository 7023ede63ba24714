package org.pilotops.city.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What an administrator keeps about a city, and the rules that follow from it. */
class PilotCityTest {

    private static PilotCity.Profile profile(int start, int end, CityStatus status) {
        return new PilotCity.Profile("410102", "测试市", "Test City", 410000, CityLevel.PREFECTURE, 1, start, end, status);
    }

    @Test
    void aPilotPeriodNeverEndsBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> profile(2020, 2019, CityStatus.ACTIVE));
        new PilotCity(profile(2019, 2019, CityStatus.ACTIVE));
    }

    @Test
    void figuresAreReportedForTheYearsOfThePilotPeriod() {
        PilotCity city = new PilotCity(profile(2017, 2020, CityStatus.ACTIVE));
        assertTrue(city.inPilot(2017));
        assertTrue(city.inPilot(2020));
        assertFalse(city.inPilot(2016));
        assertFalse(city.inPilot(2021));
    }

    @Test
    void aWithdrawnCityNoLongerTakesAPlaceOfItsProvince() {
        PilotCity city = new PilotCity(profile(2017, 2020, CityStatus.ACTIVE));
        assertTrue(city.countsAgainstProvince());
        city.describe(profile(2017, 2020, CityStatus.CONCLUDED));
        assertTrue(city.countsAgainstProvince(), "a concluded pilot was still one of the province's");
        city.describe(profile(2017, 2020, CityStatus.WITHDRAWN));
        assertFalse(city.countsAgainstProvince());
    }

    @Test
    void aCityAnAdministratorRegistersIsNoDemoData() {
        assertFalse(new PilotCity(profile(2017, 2020, CityStatus.ACTIVE)).isDemo());
    }

    @Test
    void divisionCodesLieInTheirProvincialUnit() {
        Province henan = new Province(410000, "河南省", "Henan", ProvinceType.PROVINCE, null);
        Province qingdao = new Province(370200, "青岛市", "Qingdao", ProvinceType.SEPARATELY_PLANNED_CITY, 370000);
        Province xpcc = new Province(660000, "新疆生产建设兵团", "XPCC", ProvinceType.XPCC, null);

        assertTrue(henan.includes("410102"));
        assertFalse(henan.includes("420102"));
        assertTrue(qingdao.includes("370212"));
        assertFalse(qingdao.includes("370102"), "Jinan lies in Shandong, not in Qingdao");
        assertTrue(xpcc.includes("659001"), "石河子市");
        assertFalse(xpcc.includes("650102"));
    }
}

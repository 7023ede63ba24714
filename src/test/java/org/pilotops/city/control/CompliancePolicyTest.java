package org.pilotops.city.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pilotops.city.entity.ComplianceFlag;
import org.pilotops.city.entity.Park;
import org.pilotops.city.entity.ProvinceType;

class CompliancePolicyTest {

    @Test
    void twoOrThreeParksAtOrAboveTheFloorInAProvinceWithAtMostTwoCitiesRaiseNoFlag() {
        assertEquals(Set.of(), CompliancePolicy.flags(2, 0, ProvinceType.PROVINCE, 2));
        assertEquals(Set.of(), CompliancePolicy.flags(3, 0, ProvinceType.MUNICIPALITY, 1));
    }

    @Test
    void eachBrokenRuleRaisesItsFlag() {
        assertEquals(Set.of(ComplianceFlag.TOO_FEW_PARKS), CompliancePolicy.flags(1, 0, ProvinceType.PROVINCE, 1));
        assertEquals(Set.of(ComplianceFlag.TOO_MANY_PARKS, ComplianceFlag.PARK_BELOW_DENSITY_FLOOR),
                CompliancePolicy.flags(4, 1, ProvinceType.PROVINCE, 1));
        assertEquals(Set.of(ComplianceFlag.PROVINCE_OVER_CITY_LIMIT),
                CompliancePolicy.flags(2, 0, ProvinceType.AUTONOMOUS_REGION, 3));
    }

    @Test
    void theDistrictsOfASeparatelyPlannedCityTakeNoProvincePlaces() {
        assertEquals(Set.of(), CompliancePolicy.flags(2, 0, ProvinceType.SEPARATELY_PLANNED_CITY, 4));
    }

    private static Park park(Object... yearAndDensity) {
        Park park = new Park(1, "园区", null);
        for (int i = 0; i < yearAndDensity.length; i += 2) {
            park.report((Integer) yearAndDensity[i], new BigDecimal((String) yearAndDensity[i + 1]), true, 1);
        }
        return park;
    }

    @Test
    void theDensityFloorIsJudgedOnTheYearAskedFor() {
        List<Park> parks = List.of(park(2018, "50.00", 2019, "40.00"), park(2018, "60.00", 2019, "60.00"));

        assertEquals(Set.of(ComplianceFlag.PARK_BELOW_DENSITY_FLOOR),
                CompliancePolicy.flags(parks, 2019, ProvinceType.PROVINCE, 1));
        assertEquals(Set.of(), CompliancePolicy.flags(parks, 2018, ProvinceType.PROVINCE, 1));
    }

    @Test
    void withoutAYearEachParkIsJudgedOnItsOwnLatestYear() {
        Park recovered = park(2017, "44.80", 2019, "49.00");
        Park stale = park(2017, "47.00");
        assertEquals(Set.of(), CompliancePolicy.flags(List.of(recovered, park(2020, "70.00")), null,
                ProvinceType.PROVINCE, 1), "2019 is the recovered park's latest year, whatever the other park's");
        assertEquals(Set.of(ComplianceFlag.PARK_BELOW_DENSITY_FLOOR),
                CompliancePolicy.flags(List.of(recovered, stale), null, ProvinceType.PROVINCE, 1),
                "the other park's latest figures are 2017's, and below");
    }

    @Test
    void aParkWithoutFiguresForTheYearCountsButIsNotJudged() {
        List<Park> parks = List.of(park(2017, "40.00"), park());

        assertEquals(Set.of(), CompliancePolicy.flags(parks, 2019, ProvinceType.PROVINCE, 1));
        assertEquals(Set.of(ComplianceFlag.TOO_FEW_PARKS), CompliancePolicy.flags(parks.subList(0, 1), 2019,
                ProvinceType.PROVINCE, 1), "one park is too few in any year, with or without figures");
        assertEquals(Set.of(ComplianceFlag.PARK_BELOW_DENSITY_FLOOR), CompliancePolicy.flags(parks, 2017,
                ProvinceType.PROVINCE, 1));
    }
}

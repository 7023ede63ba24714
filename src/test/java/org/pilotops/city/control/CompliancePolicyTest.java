package org.pilotops.city.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pilotops.city.entity.ComplianceFlag;
import org.pilotops.city.entity.ProvinceKind;

class CompliancePolicyTest {

    @Test
    void twoOrThreeParksAtOrAboveTheFloorInAProvinceWithAtMostTwoCitiesRaiseNoFlag() {
        assertEquals(Set.of(), CompliancePolicy.flags(2, 0, ProvinceKind.PROVINCE, 2));
        assertEquals(Set.of(), CompliancePolicy.flags(3, 0, ProvinceKind.MUNICIPALITY, 1));
    }

    @Test
    void eachBrokenRuleRaisesItsFlag() {
        assertEquals(Set.of(ComplianceFlag.TOO_FEW_PARKS), CompliancePolicy.flags(1, 0, ProvinceKind.PROVINCE, 1));
        assertEquals(Set.of(ComplianceFlag.TOO_MANY_PARKS, ComplianceFlag.PARK_BELOW_DENSITY_FLOOR),
                CompliancePolicy.flags(4, 1, ProvinceKind.PROVINCE, 1));
        assertEquals(Set.of(ComplianceFlag.PROVINCE_OVER_CITY_LIMIT),
                CompliancePolicy.flags(2, 0, ProvinceKind.AUTONOMOUS_REGION, 3));
    }

    @Test
    void theDistrictsOfASeparatelyPlannedCityTakeNoProvincePlaces() {
        assertEquals(Set.of(), CompliancePolicy.flags(2, 0, ProvinceKind.SEPARATELY_PLANNED_CITY, 4));
    }
}

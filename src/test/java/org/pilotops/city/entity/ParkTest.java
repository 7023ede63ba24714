package org.pilotops.city.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A park's figures per year and how they are judged against the notice's 48.4 floor. */
class ParkTest {

    private static Park park() {
        return new Park(7, "测试园区", "Test Park");
    }

    @Test
    void aYearIsReportedOnceAndCorrectedInPlace() {
        Park park = park();
        ParkYear first = park.report(2019, new BigDecimal("40.00"), false, 1);
        ParkYear corrected = park.report(2019, new BigDecimal("50.00"), true, 3);

        assertSame(first, corrected, "a second report of a year corrects it, never adds a second 2019");
        assertEquals(1, park.getYears().size());
        assertEquals(new BigDecimal("50.00"), park.figuresOf(2019).orElseThrow().getInventionPatentsPer10k());
        assertTrue(corrected.isHasIpDepartment());
        assertEquals(3, corrected.getFullTimeIpStaff());
        assertSame(park, corrected.getPark());
    }

    @Test
    void yearsAreListedOldestFirstAndTheLatestIsTheMostRecentYear() {
        Park park = park();
        park.report(2020, new BigDecimal("52.00"), true, 2);
        park.report(2017, new BigDecimal("44.80"), false, 1);
        park.report(2018, new BigDecimal("47.00"), false, 1);

        assertEquals(List.of(2017, 2018, 2020), park.getYears().stream().map(ParkYear::getYear).toList());
        assertEquals(2020, park.latestFigures().orElseThrow().getYear(), "the latest year, not the last one entered");
    }

    @Test
    void theFloorIsJudgedOnTheYearAskedForOrOnTheLatestYear() {
        Park park = park();
        park.report(2018, new BigDecimal("50.00"), true, 2);
        park.report(2019, new BigDecimal("40.00"), true, 2);

        assertTrue(park.belowPatentDensityFloor(2019));
        assertFalse(park.belowPatentDensityFloor(2018));
        assertTrue(park.belowPatentDensityFloor(null), "today: the latest year, 2019");

        park.report(2020, new BigDecimal("48.40"), true, 2);
        assertFalse(park.belowPatentDensityFloor(null), "48.4 itself meets the floor");
        assertTrue(park.belowPatentDensityFloor(2019), "2019 stays judged on 2019's figures");
    }

    @Test
    void aYearWithoutFiguresIsNotJudgedByOtherYears() {
        Park park = park();
        park.report(2017, new BigDecimal("40.00"), false, 0);

        assertFalse(park.belowPatentDensityFloor(2019), "no 2019 figures: not assumed from 2017");
        assertTrue(park.figuresJudgedIn(2019).isEmpty());
        assertFalse(park().belowPatentDensityFloor(null), "a park without any figures is not below the floor");
    }

    @Test
    void withdrawnFiguresAreGone() {
        Park park = park();
        park.report(2018, new BigDecimal("40.00"), false, 0);
        park.report(2019, new BigDecimal("60.00"), true, 4);

        assertTrue(park.withdrawFigures(2019));
        assertFalse(park.withdrawFigures(2019));
        assertEquals(2018, park.latestFigures().orElseThrow().getYear());
        assertTrue(park.belowPatentDensityFloor(null), "the latest year is 2018 again");
    }

    @Test
    void negativeFiguresAreRefused() {
        Park park = park();
        assertThrows(IllegalArgumentException.class, () -> park.report(2019, new BigDecimal("-0.01"), false, 0));
        assertThrows(IllegalArgumentException.class, () -> park.report(2019, BigDecimal.ONE, false, -1));
        assertTrue(park.getYears().isEmpty(), "a refused report adds no year");
    }
}

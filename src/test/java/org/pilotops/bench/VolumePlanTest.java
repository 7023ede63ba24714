package org.pilotops.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VolumePlanTest {

    @Test
    void theCellsAddUpToExactlyTheTotalAsked() {
        for (long total : new long[] {0, 1, 7, 5_003, 1_000_000}) {
            VolumePlan plan = new VolumePlan(total, 300);
            long sum = 0;
            for (int c = 0; c < plan.cities(); c++) {
                for (Kind kind : Kind.values()) {
                    for (int y = VolumePlan.FIRST_YEAR; y <= VolumePlan.LAST_YEAR; y++) {
                        sum += plan.rows(c, kind, y);
                    }
                }
            }
            assertEquals(total, sum);
            assertEquals(total, plan.total());
        }
    }

    @Test
    void citiesDifferInSizeAndYearsGrow() {
        VolumePlan plan = new VolumePlan(1_000_000, 300);
        double largest = plan.cityTotal(0) / 1_000_000.0;
        assertTrue(largest > 0.05 && largest < 0.08, "largest city's share " + largest);
        assertTrue(plan.cityTotal(299) < plan.cityTotal(0) / 20);
        assertTrue(plan.rows(0, Kind.VOUCHER, 2017) < plan.rows(0, Kind.VOUCHER, 2020));
        assertTrue(plan.rows(0, Kind.PROTECTION, 2020) >= 1);
    }

    @Test
    void splitRoundsByLargestRemainder() {
        assertEquals(java.util.List.of(1L, 1L, 1L), java.util.Arrays.stream(VolumePlan.split(3, new double[] {1, 1, 1})).boxed().toList());
        assertEquals(java.util.List.of(7L, 3L), java.util.Arrays.stream(VolumePlan.split(10, new double[] {0.66, 0.34})).boxed().toList());
    }
}

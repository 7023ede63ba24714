package org.pilotops.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    private static Latencies millis(int... values) {
        Latencies l = new Latencies();
        for (int v : values) {
            l.record(v * 1_000_000L);
        }
        return l;
    }

    @Test
    void nearestRankOnOneToAHundred() {
        Latencies l = new Latencies();
        for (int i = 100; i >= 1; i--) {
            l.record(i * 1_000_000L);
        }
        assertEquals(50.0, l.percentileMillis(50));
        assertEquals(95.0, l.percentileMillis(95));
        assertEquals(100.0, l.percentileMillis(100));
        assertEquals(1.0, l.percentileMillis(0.5));
    }

    @Test
    void smallSamplesTakeTheNextValueUp() {
        Latencies l = millis(10, 20, 30);
        assertEquals(20.0, l.percentileMillis(50));
        assertEquals(30.0, l.percentileMillis(95));
        assertEquals(7.0, millis(7).percentileMillis(95));
        assertTrue(Double.isNaN(new Latencies().percentileMillis(50)));
        assertThrows(IllegalArgumentException.class, () -> l.percentileMillis(0));
    }

    @Test
    void mergingKeepsSamplesAndErrors() {
        Latencies a = millis(1, 2);
        a.error();
        Latencies b = millis(3);
        b.error();
        for (int i = 0; i < 3000; i++) {
            b.record(4_000_000L);
        }
        a.addAll(b);
        assertEquals(3003, a.count());
        assertEquals(2, a.errors());
        assertEquals(4.0, a.percentileMillis(50));
    }
}

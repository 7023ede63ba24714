package org.pilotops.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ApplicationClockTest {

    @Test
    void aDemoClockStartsAtItsInstantInBeijingTime() {
        Clock real = Clock.fixed(Instant.parse("2026-11-28T07:00:00Z"), ApplicationClock.ZONE);
        Clock demo = ApplicationClock.startingAt("2020-12-01T09:00:00+08:00", real);
        assertEquals(Instant.parse("2020-12-01T01:00:00Z"), demo.instant());
        assertEquals(LocalDate.of(2020, 12, 1), LocalDate.now(demo));

    }

    @Test
    void anUnreadableStartSaysWhatIsExpected() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> ApplicationClock.startingAt("2020-12-01", Clock.systemUTC()));
        assertTrue(refused.getMessage().contains(ApplicationClock.START), refused.getMessage());
    }
}

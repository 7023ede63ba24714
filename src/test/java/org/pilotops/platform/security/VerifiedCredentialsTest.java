package org.pilotops.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    final LoginThrottleTest.ManualClock clock = new LoginThrottleTest.ManualClock();
    final VerifiedCredentials verified = new VerifiedCredentials(clock);

    @Test
    void aVerifiedPairIsRememberedBrieflyAndOnlyForTheSamePassword() {
        verified.remember("city-zjg", "secret", "city-zjg", Set.of("CITY_REPORTER"));
        assertEquals(Set.of("CITY_REPORTER"), verified.lookup("city-zjg", "secret").orElseThrow().groups());
        assertTrue(verified.lookup("city-zjg", "Secret").isEmpty());
        assertTrue(verified.lookup("city-zjg2", "secret").isEmpty());
        clock.now = clock.now.plus(VerifiedCredentials.TTL).plus(Duration.ofSeconds(1));
        assertTrue(verified.lookup("city-zjg", "secret").isEmpty(), "expired");
    }

    @Test
    void forgettingAUserDropsAllItsEntries() {
        verified.remember("city-2", "a", "city-2", Set.of());
        verified.forget("city-2");
        assertTrue(verified.lookup("city-2", "a").isEmpty());
    }
}

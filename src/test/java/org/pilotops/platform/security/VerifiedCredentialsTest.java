package org.pilotops.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    final LoginThrottleTest.ManualClock clock = new LoginThrottleTest.ManualClock();
    final VerifiedCredentials verified = new VerifiedCredentials(clock);

    @Test
    void aVerifiedPairIsRememberedBrieflyAndOnlyForTheSamePassword() {
        verified.remember("city-zjg", "secret", "city-zjg", "hash-1");
        assertEquals("city-zjg", verified.lookup("city-zjg", "secret").orElseThrow().callerName());
        assertTrue(verified.lookup("city-zjg", "Secret").isEmpty());
        assertTrue(verified.lookup("city-zjg2", "secret").isEmpty());
        clock.now = clock.now.plus(VerifiedCredentials.TTL).plus(Duration.ofSeconds(1));
        assertTrue(verified.lookup("city-zjg", "secret").isEmpty(), "expired");
    }

    @Test
    void aPairIsCurrentOnlyWhileTheAccountKeepsThePasswordHashItWasVerifiedAgainst() {
        verified.remember("city-zjg", "secret", "city-zjg", "hash-1");
        VerifiedCredentials.Verified remembered = verified.lookup("city-zjg", "secret").orElseThrow();
        assertTrue(verified.stillCurrent(remembered, "hash-1"));
        assertFalse(verified.stillCurrent(remembered, "hash-2"), "the password changed, here or on another node");
        assertFalse(remembered.passwordStamp().contains("hash-1"), "the stored hash itself is not kept");
    }

    @Test
    void forgettingAUserDropsAllItsEntries() {
        verified.remember("city-2", "a", "city-2", "hash-1");
        verified.forget("city-2");
        assertTrue(verified.lookup("city-2", "a").isEmpty());
    }
}

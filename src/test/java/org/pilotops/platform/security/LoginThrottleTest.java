package org.pilotops.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2020-12-01T00:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final ManualClock clock = new ManualClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void anAccountIsRefusedAfterTenFailuresUntilTheWindowPasses() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
            assertTrue(throttle.allows("City-ZJG", "10.0.0." + i));
            throttle.failed("city-zjg", "10.0.0." + i);
        }
        assertFalse(throttle.allows("city-zjg", "10.9.9.9"), "the account, from any address");
        assertTrue(throttle.allows("city-2", "10.9.9.9"));
        clock.now = clock.now.plus(LoginThrottle.WINDOW).plus(Duration.ofSeconds(1));
        assertTrue(throttle.allows("city-zjg", "10.9.9.9"));
    }

    @Test
    void anAddressIsRefusedAfterThirtyFailuresWhateverTheAccount() {
        for (int i = 0; i < LoginThrottle.ADDRESS_LIMIT; i++) {
            throttle.failed("user" + i, "192.0.2.1");
        }
        assertFalse(throttle.allows("someone-else", "192.0.2.1"));
        assertTrue(throttle.allows("someone-else", "192.0.2.2"));
    }

    @Test
    void aSuccessfulLoginClearsTheAccountsFailures() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT - 1; i++) {
            throttle.failed("city-2", "10.0.0.1");
        }
        throttle.succeeded("city-2");
        throttle.failed("city-2", "10.0.0.2");
        assertTrue(throttle.allows("city-2", "10.0.0.3"));
    }
}

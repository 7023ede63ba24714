package org.pilotops.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
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

        void advance(Duration by) {
            now = now.plus(by);
        }
    }

    static final String OFFICE = "198.51.100.9";
    static final String STRANGER = "203.0.113.7";

    final ManualClock clock = new ManualClock();
    final LoginThrottle throttle = new LoginThrottle(clock, LoginThrottle.MAX_ENTRIES);

    void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertEquals(Optional.empty(), throttle.retryAfter(user, address), "attempt " + (i + 1) + " is checked");
            throttle.failed(user, address);
        }
    }

    /** A guesser who waits out every delay. */
    void guess(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.retryAfter(user, address).ifPresent(clock::advance);
            throttle.failed(user, address);
        }
    }

    @Test
    void aPairWaitsADelayThatDoublesWithEveryFailureAfterTheFreeOnes() {
        fail("city-2", STRANGER, LoginThrottle.FREE_FAILURES);
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.retryAfter("City-2 ", STRANGER),
                "the account name is matched as the identity store matches it");
        clock.advance(Duration.ofMillis(400));
        assertEquals(Optional.of(Duration.ofMillis(600)), throttle.retryAfter("city-2", STRANGER));
        clock.advance(Duration.ofMillis(600));
        assertEquals(Optional.empty(), throttle.retryAfter("city-2", STRANGER));

        long expected = 2;
        for (int failure = LoginThrottle.FREE_FAILURES + 1; failure < LoginThrottle.FREE_FAILURES + 14; failure++) {
            throttle.failed("city-2", STRANGER);
            Duration wait = throttle.retryAfter("city-2", STRANGER).orElseThrow();
            assertEquals(Duration.ofSeconds(Math.min(expected, LoginThrottle.MAX_DELAY.toSeconds())), wait,
                    "after failure " + failure);
            clock.advance(wait);
            expected *= 2;
        }
    }

    @Test
    void aSuccessFromThePairClearsIt() {
        fail("city-2", STRANGER, LoginThrottle.FREE_FAILURES);
        assertTrue(throttle.retryAfter("city-2", STRANGER).isPresent());
        throttle.succeeded("city-2", STRANGER);
        fail("city-2", STRANGER, LoginThrottle.FREE_FAILURES);
    }

    @Test
    void anotherAddressOfTheSameAccountIsNotDelayed() {
        guess("city-2", STRANGER, 8);
        clock.advance(Duration.ofSeconds(1));
        assertTrue(throttle.retryAfter("city-2", STRANGER).isPresent());
        assertEquals(Optional.empty(), throttle.retryAfter("city-2", OFFICE), "the owner at the office");
        assertEquals(Optional.empty(), throttle.retryAfter("city-2", "2001:db8::1"));
    }

    @Test
    void anotherAccountFromTheSameAddressIsNotDelayed() {
        guess("city-2", OFFICE, 8);
        assertTrue(throttle.retryAfter("city-2", OFFICE).isPresent());
        // A colleague behind the same NAT address.
        fail("city-zjg", OFFICE, LoginThrottle.FREE_FAILURES);
        throttle.succeeded("city-zjg", OFFICE);
        assertEquals(Optional.empty(), throttle.retryAfter("national", OFFICE));
    }

    @Test
    void aForgottenPairStartsAfresh() {
        guess("city-2", STRANGER, 6);
        clock.advance(LoginThrottle.PAIR_MEMORY);
        fail("city-2", STRANGER, LoginThrottle.FREE_FAILURES);
    }

    @Test
    void theAccountLimitRefusesNewAddressesButNotTheOwnersKnownAddress() {
        throttle.succeeded("city-2", OFFICE);
        clock.advance(Duration.ofDays(3));
        Instant firstFailure = clock.now;
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
            // A stranger with many addresses: no pair is ever delayed, only the account's total counts.
            fail("city-2", "10.0." + (i / 250) + "." + (i % 250), 1);
            clock.advance(Duration.ofSeconds(10));
        }
        Duration untilOldestLeaves = Duration.between(clock.now, firstFailure.plus(LoginThrottle.WINDOW));
        assertEquals(Optional.of(untilOldestLeaves), throttle.retryAfter("city-2", STRANGER), "a new address");
        assertEquals(Optional.of(untilOldestLeaves), throttle.retryAfter("city-2", "10.0.0.0"), "a stranger's address");
        assertEquals(Optional.empty(), throttle.retryAfter("city-2", OFFICE), "the owner's known address");
        assertEquals(Optional.empty(), throttle.retryAfter("city-zjg", STRANGER), "another account");

        // The owner's address is still subject to its own pair delay.
        fail("city-2", OFFICE, LoginThrottle.FREE_FAILURES);
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.retryAfter("city-2", OFFICE));
    }

    @Test
    void theAccountWindowSlides() {
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
            fail("city-2", "10.1.0." + i, 1);
            clock.advance(Duration.ofSeconds(30));
        }
        // The first failure was 3,000 s ago: it leaves the hour in 600 s, and with it the refusal.
        assertEquals(Optional.of(Duration.ofSeconds(600)), throttle.retryAfter("city-2", STRANGER));
        clock.advance(Duration.ofSeconds(599));
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.retryAfter("city-2", STRANGER));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(Optional.empty(), throttle.retryAfter("city-2", STRANGER));
        throttle.failed("city-2", STRANGER);
        // A hundred in the hour again; now the second one is the oldest, 30 s later than the first.
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.retryAfter("city-2", "192.0.2.1"));
    }

    @Test
    void aKnownAddressIsForgottenAfterThirtyDaysWithoutASuccess() {
        throttle.succeeded("city-2", OFFICE);
        clock.advance(LoginThrottle.KNOWN_FOR);
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
            fail("city-2", "10.2.0." + i, 1);
        }
        assertTrue(throttle.retryAfter("city-2", OFFICE).isPresent());
    }

    @Test
    void retryAfterIsInWholeSecondsRoundedUpAndNeverZero() {
        assertEquals(1, LoginThrottle.retryAfterSeconds(Duration.ZERO));
        assertEquals(1, LoginThrottle.retryAfterSeconds(Duration.ofMillis(1)));
        assertEquals(1, LoginThrottle.retryAfterSeconds(Duration.ofSeconds(1)));
        assertEquals(2, LoginThrottle.retryAfterSeconds(Duration.ofMillis(1001)));
        assertEquals(900, LoginThrottle.retryAfterSeconds(LoginThrottle.MAX_DELAY));
    }

    @Test
    void oldEntriesAreDroppedAsTimePasses() {
        for (int i = 0; i < 50; i++) {
            throttle.failed("user-" + i, "10.3.0." + i);
            throttle.succeeded("owner-" + i, "10.4.0." + i);
        }
        assertEquals(50, throttle.rememberedPairs());
        assertEquals(50, throttle.accountsWithFailures());
        assertEquals(50, throttle.accountsWithKnownAddresses());

        clock.advance(LoginThrottle.WINDOW.plus(Duration.ofSeconds(1)));
        throttle.retryAfter("anyone", "192.0.2.1");
        assertEquals(0, throttle.rememberedPairs());
        assertEquals(0, throttle.accountsWithFailures());
        assertEquals(50, throttle.accountsWithKnownAddresses(), "known for thirty days");

        clock.advance(LoginThrottle.KNOWN_FOR);
        throttle.retryAfter("anyone", "192.0.2.1");
        assertEquals(0, throttle.accountsWithKnownAddresses());
    }

    @Test
    void theMapsNeverGrowPastTheirBoundDroppingTheLeastRecentlyChanged() {
        LoginThrottle small = new LoginThrottle(clock, 10);
        for (int i = 0; i < 1_000; i++) {
            clock.advance(Duration.ofMillis(1));
            small.failed("user-" + i, "10.5." + (i / 250) + "." + (i % 250));
            small.succeeded("owner-" + i, "10.6." + (i / 250) + "." + (i % 250));
            if (i == 500) {
                for (int f = 0; f < LoginThrottle.FREE_FAILURES; f++) {
                    small.failed("city-2", STRANGER);
                }
            }
            if (i == 505) {
                assertTrue(small.retryAfter("city-2", STRANGER).isPresent(), "recently changed, so kept");
            }
        }
        assertEquals(10, small.rememberedPairs());
        assertEquals(10, small.accountsWithFailures());
        assertEquals(10, small.accountsWithKnownAddresses());
        assertEquals(Optional.empty(), small.retryAfter("city-2", STRANGER), "dropped once ten newer pairs came");
    }

    @Test
    void anAccountKeepsABoundedNumberOfKnownAddresses() {
        for (int i = 0; i <= LoginThrottle.KNOWN_ADDRESSES_PER_ACCOUNT; i++) {
            throttle.succeeded("city-2", "10.7.0." + i);
            clock.advance(Duration.ofMinutes(1));
        }
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
            throttle.failed("city-2", "10.8.0." + i);
        }
        assertTrue(throttle.retryAfter("city-2", "10.7.0.0").isPresent(), "the least recently used was dropped");
        assertEquals(Optional.empty(), throttle.retryAfter("city-2", "10.7.0.1"));
    }
}

package org.pilotops.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
        fail(throttle, user, address, times);
    }

    /** Attempts that must all be admitted, each with a wrong password. */
    static void fail(LoginThrottle throttle, String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            admitted(throttle, user, address, "attempt " + (i + 1) + " is checked").failed();
        }
    }

    /** An attempt with a password found right. */
    void succeed(String user, String address) {
        admitted(throttle, user, address, "a sign-in is checked").succeeded();
    }

    static LoginThrottle.Attempt admitted(LoginThrottle throttle, String user, String address, String message) {
        LoginThrottle.Attempt attempt = throttle.attempt(user, address, !user.startsWith("nobody"));
        assertEquals(Optional.empty(), attempt.retryAfter(), message);
        return attempt;
    }

    /** A guesser who waits out every delay. */
    void guess(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.retryAfter(user, address).ifPresent(clock::advance);
            admitted(throttle, user, address, "after the wait").failed();
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
            fail("city-2", STRANGER, 1);
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
        clock.advance(Duration.ofSeconds(1));
        succeed("city-2", STRANGER);
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
        clock.advance(Duration.ofSeconds(1));
        succeed("city-zjg", OFFICE);
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
        succeed("city-2", OFFICE);
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
        fail("city-2", STRANGER, 1);
        // A hundred in the hour again; now the second one is the oldest, 30 s later than the first.
        assertEquals(Optional.of(Duration.ofSeconds(30)), throttle.retryAfter("city-2", "192.0.2.1"));
    }

    @Test
    void aKnownAddressIsForgottenAfterThirtyDaysWithoutASuccess() {
        succeed("city-2", OFFICE);
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
            fail("user-" + i, "10.3.0." + i, 1);
            fail("nobody-" + i, "10.3.1." + i, 1);
            succeed("owner-" + i, "10.4.0." + i);
        }
        assertEquals(100, throttle.rememberedPairs());
        assertEquals(100, throttle.accountsWithFailures());
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
            fail(small, "user-" + i, "10.5." + (i / 250) + "." + (i % 250), 1);
            fail(small, "nobody-" + i, "10.5." + (i / 250) + "." + (i % 250), 1);
            admitted(small, "owner-" + i, "10.6." + (i / 250) + "." + (i % 250), "a sign-in").succeeded();
            if (i == 500) {
                fail(small, "city-2", STRANGER, LoginThrottle.FREE_FAILURES);
            }
            if (i == 503) {
                assertTrue(small.retryAfter("city-2", STRANGER).isPresent(), "recently changed, so kept");
            }
        }
        // At most ten of accounts and ten of other names (a success's own count takes a place while it is checked).
        assertTrue(small.rememberedPairs() <= 20 && small.rememberedPairs() >= 18, "" + small.rememberedPairs());
        assertTrue(small.accountsWithFailures() <= 20 && small.accountsWithFailures() >= 18, "" + small.accountsWithFailures());
        assertEquals(10, small.accountsWithKnownAddresses());
        assertEquals(Optional.empty(), small.retryAfter("city-2", STRANGER),
                "dropped once ten newer pairs of accounts came");
    }

    @Test
    void sprayingUnknownNamesNeverEvictsAnAccountsFailures() {
        LoginThrottle small = new LoginThrottle(clock, 100);
        // A guesser at a real account: at its office address (known, so only the pair delay applies there)
        // and from many addresses, up to the account's hourly limit.
        admitted(small, "city-2", OFFICE, "the owner signs in").succeeded();
        fail(small, "city-2", OFFICE, LoginThrottle.FREE_FAILURES);
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT - LoginThrottle.FREE_FAILURES; i++) {
            fail(small, "city-2", "10.9.0." + i, 1);
        }
        // Then thousands of made-up names, one failure each, each newer than every failure of city-2.
        for (int i = 0; i < 5_000; i++) {
            clock.advance(Duration.ofNanos(10));
            fail(small, "nobody-" + i, "10.10." + (i / 250) + "." + (i % 250), 1);
        }
        assertTrue(small.rememberedPairs() <= 200, "still bounded: " + small.rememberedPairs());
        assertTrue(small.accountsWithFailures() <= 200, "still bounded: " + small.accountsWithFailures());
        Duration pairWait = small.retryAfter("city-2", OFFICE).orElseThrow(
                () -> new AssertionError("the account's pair was evicted by the spray"));
        assertEquals(LoginThrottle.FIRST_DELAY.minus(Duration.ofNanos(50_000)), pairWait);
        assertTrue(small.retryAfter("city-2", "192.0.2.44").orElseThrow().compareTo(Duration.ofMinutes(59)) > 0,
                "the account's hundred failures still refuse a new address for the hour");
        assertEquals(Optional.empty(), small.retryAfter("nobody-0", "10.10.0.0"),
                "an unknown name's window gave way to newer ones");
    }

    @Test
    void unknownNamesAreThrottledLikeAccountsSoTheAnswersTellNothing() {
        fail("nobody-at-all", STRANGER, LoginThrottle.FREE_FAILURES);
        fail("city-2", STRANGER, LoginThrottle.FREE_FAILURES);
        assertEquals(throttle.retryAfter("city-2", STRANGER), throttle.retryAfter("nobody-at-all", STRANGER));
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.retryAfter("nobody-at-all", STRANGER));
    }

    @Test
    void anAttemptIsCountedWhenAdmittedSoABurstIsNotAllChecked() {
        List<LoginThrottle.Attempt> burst = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            // Twelve guesses arriving together: none of them has been checked yet.
            burst.add(throttle.attempt("city-2", STRANGER, true));
        }
        long admitted = burst.stream().filter(a -> a.retryAfter().isEmpty()).count();
        assertEquals(LoginThrottle.FREE_FAILURES, admitted, "only the free failures go on to be checked");
        burst.stream().filter(a -> a.retryAfter().isEmpty()).forEach(LoginThrottle.Attempt::failed);
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.retryAfter("city-2", STRANGER),
                "the right password waits too");
    }

    @Test
    void aRightPasswordTakesBackItsOwnCountAndClearsThePair() {
        fail("city-2", STRANGER, 2);
        LoginThrottle.Attempt owner = admitted(throttle, "city-2", STRANGER, "the third is free");
        assertTrue(throttle.retryAfter("city-2", STRANGER).isPresent(), "counted while it is being checked");
        owner.succeeded();
        assertEquals(Optional.empty(), throttle.retryAfter("city-2", STRANGER));
        fail("city-2", STRANGER, LoginThrottle.FREE_FAILURES);
    }

    @Test
    void aWithdrawnAttemptCountsForNothing() {
        fail("city-2", STRANGER, LoginThrottle.FREE_FAILURES - 1);
        for (int i = 0; i < 5; i++) {
            // The server was busy: nothing was checked, so nothing is counted, however often it happens.
            admitted(throttle, "city-2", STRANGER, "busy attempts are taken back").withdrawn();
        }
        fail("city-2", STRANGER, 1);
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.retryAfter("city-2", STRANGER));

        // A hundred withdrawn attempts from new addresses leave the account's hourly allowance whole.
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
            admitted(throttle, "city-zjg", "10.11.0." + i, "busy").withdrawn();
        }
        assertEquals(Optional.empty(), throttle.retryAfter("city-zjg", "192.0.2.45"));
        assertEquals(1, throttle.rememberedPairs(), "only city-2's pair is remembered");
        assertEquals(1, throttle.accountsWithFailures());
    }

    @Test
    void aWithdrawnAttemptLeavesTheOthersOfItsBurstCounted() {
        LoginThrottle.Attempt first = throttle.attempt("city-2", STRANGER, true);
        LoginThrottle.Attempt second = throttle.attempt("city-2", STRANGER, true);
        clock.advance(Duration.ofMillis(10));
        LoginThrottle.Attempt third = throttle.attempt("city-2", STRANGER, true);
        second.withdrawn();
        first.failed();
        third.failed();
        // Two failures: the next one is still free, the one after it waits.
        fail("city-2", STRANGER, 1);
        assertTrue(throttle.retryAfter("city-2", STRANGER).isPresent());
    }

    @Test
    void aRememberedCredentialKeepsItsAddressKnownButForgivesNoFailure() {
        fail("city-2", OFFICE, LoginThrottle.FREE_FAILURES);
        throttle.recognised("city-2", OFFICE);
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.retryAfter("city-2", OFFICE),
                "wrong current passwords from a signed-in client still count");
        clock.advance(Duration.ofSeconds(1));
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT - LoginThrottle.FREE_FAILURES; i++) {
            fail("city-2", "10.12.0." + i, 1);
        }
        assertTrue(throttle.retryAfter("city-2", "192.0.2.46").isPresent(), "the hour's hundred failures are reached");
        assertEquals(Optional.empty(), throttle.retryAfter("city-2", OFFICE), "the office is a known address");
    }

    @Test
    void aFailureDelaysFromWhenItWasKnownNotFromWhenItsCheckBegan() {
        fail("city-2", STRANGER, LoginThrottle.FREE_FAILURES - 1);
        LoginThrottle.Attempt slow = admitted(throttle, "city-2", STRANGER, "the third is free");
        clock.advance(Duration.ofMillis(700));
        slow.failed();
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.retryAfter("city-2", STRANGER));
    }

    @Test
    void anAttemptIsSettledOnce() {
        LoginThrottle.Attempt attempt = admitted(throttle, "city-2", STRANGER, "free");
        attempt.failed();
        attempt.succeeded();
        attempt.withdrawn();
        fail("city-2", STRANGER, LoginThrottle.FREE_FAILURES - 1);
        assertTrue(throttle.retryAfter("city-2", STRANGER).isPresent(), "the first failure still counts");
    }

    @Test
    void anAccountKeepsABoundedNumberOfKnownAddresses() {
        for (int i = 0; i <= LoginThrottle.KNOWN_ADDRESSES_PER_ACCOUNT; i++) {
            succeed("city-2", "10.7.0." + i);
            clock.advance(Duration.ofMinutes(1));
        }
        for (int i = 0; i < LoginThrottle.ACCOUNT_LIMIT; i++) {
            fail("city-2", "10.8.0." + i, 1);
        }
        assertTrue(throttle.retryAfter("city-2", "10.7.0.0").isPresent(), "the least recently used was dropped");
        assertEquals(Optional.empty(), throttle.retryAfter("city-2", "10.7.0.1"));
    }
}

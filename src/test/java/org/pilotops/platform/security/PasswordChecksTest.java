package org.pilotops.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pilotops.platform.security.PasswordChecks.Verdict;

/** A password check goes through the throttle (counted before it runs) and then the gate. */
class PasswordChecksTest {

    static final String ADDRESS = "203.0.113.9";

    final LoginThrottleTest.ManualClock clock = new LoginThrottleTest.ManualClock();
    final LoginThrottle throttle = new LoginThrottle(clock, LoginThrottle.MAX_ENTRIES);
    final AtomicInteger checksRun = new AtomicInteger();

    PasswordChecks.Outcome<Boolean> check(PasswordChecks checks, boolean right) {
        return checks.check("city-2", ADDRESS, true, () -> {
            checksRun.incrementAndGet();
            return right;
        }, b -> b);
    }

    @Test
    void wrongPasswordsCountUntilTheCheckIsRefusedWithoutRunning() {
        PasswordChecks checks = new PasswordChecks(throttle, new HashCheckGate(2, Duration.ofMillis(50)));
        for (int i = 0; i < LoginThrottle.FREE_FAILURES; i++) {
            assertEquals(Verdict.WRONG, check(checks, false).verdict());
        }
        PasswordChecks.Outcome<Boolean> refused = check(checks, true);
        assertEquals(Verdict.THROTTLED, refused.verdict());
        assertEquals(1, refused.retryAfterSeconds());
        assertEquals(LoginThrottle.FREE_FAILURES, checksRun.get(), "the refused check never ran");

        clock.advance(Duration.ofSeconds(1));
        assertEquals(Verdict.RIGHT, check(checks, true).verdict());
        assertEquals(Optional.empty(), throttle.retryAfter("city-2", ADDRESS), "a right password clears the pair");
    }

    @Test
    void aCheckThatFindsNoTurnIsBusyAndCountsForNothing() throws InterruptedException {
        HashCheckGate gate = new HashCheckGate(1, Duration.ofMillis(20));
        PasswordChecks checks = new PasswordChecks(throttle, gate);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread other = new Thread(() -> gate.pass(() -> {
            holding.countDown();
            try {
                return release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        other.start();
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        try {
            for (int i = 0; i < 10; i++) {
                assertEquals(Verdict.BUSY, check(checks, false).verdict());
            }
        } finally {
            release.countDown();
            other.join();
        }
        assertEquals(0, checksRun.get());
        assertEquals(Optional.empty(), throttle.retryAfter("city-2", ADDRESS));
        assertEquals(0, throttle.rememberedPairs(), "nothing was checked, so nothing is counted");
    }

    @Test
    void aCheckThatBreaksCountsForNothing() {
        PasswordChecks checks = new PasswordChecks(throttle, new HashCheckGate(2, Duration.ofMillis(50)));
        for (int i = 0; i < 10; i++) {
            assertThrows(IllegalStateException.class, () -> checks.check("city-2", ADDRESS, true, () -> {
                throw new IllegalStateException("the database is down");
            }, b -> true));
        }
        assertEquals(0, throttle.rememberedPairs());
        assertFalse(throttle.retryAfter("city-2", ADDRESS).isPresent());
    }
}

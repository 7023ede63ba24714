package org.pilotops.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HashCheckGateTest {

    final HashCheckGate gate = new HashCheckGate(2, Duration.ofMillis(50));

    @Test
    void whenEveryTurnIsTakenACheckIsRefusedWithoutRunning() {
        boolean[] ran = new boolean[1];
        Optional<Optional<Optional<String>>> nested = gate.pass(() -> gate.pass(() -> gate.pass(() -> {
            ran[0] = true;
            return "third";
        })));
        assertEquals(Optional.of(Optional.of(Optional.empty())), nested, "two turns, the third is refused");
        assertFalse(ran[0]);
        assertEquals(Optional.of("again"), gate.pass(() -> "again"), "turns are given back");
    }

    @Test
    void aTurnFreedWhileWaitingIsTaken() throws InterruptedException {
        HashCheckGate one = new HashCheckGate(1, Duration.ofSeconds(10));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread other = new Thread(() -> one.pass(() -> {
            holding.countDown();
            try {
                return release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        other.start();
        assertTrue(holding.await(10, TimeUnit.SECONDS));
        new Thread(() -> {
            sleep(100);
            release.countDown();
        }).start();
        assertEquals(Optional.of("mine"), one.pass(() -> "mine"));
        other.join();
    }

    @Test
    void aFailingCheckGivesItsTurnBack() {
        HashCheckGate one = new HashCheckGate(1, Duration.ofMillis(50));
        assertThrows(IllegalStateException.class, () -> one.pass(() -> {
            throw new IllegalStateException("database down");
        }));
        assertEquals(Optional.of(1), one.pass(() -> 1));
    }

    @Test
    void anInterruptedWaitIsARefusal() {
        HashCheckGate one = new HashCheckGate(1, Duration.ofSeconds(10));
        Optional<Optional<String>> result = one.pass(() -> {
            Thread.currentThread().interrupt();
            return one.pass(() -> "never");
        });
        assertEquals(Optional.of(Optional.empty()), result);
        assertTrue(Thread.interrupted(), "the interruption is kept for the caller");
    }

    @Test
    void theDefaultLeavesRoomForTwoChecksAtLeastAndNoneIsRefused() {
        assertTrue(HashCheckGate.defaultPermits() >= 2);
        assertThrows(IllegalArgumentException.class, () -> new HashCheckGate(0, Duration.ofSeconds(1)));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

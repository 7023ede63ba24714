package org.pilotops.platform.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Lets only a few password checks run at once. A PBKDF2 check takes about 250 ms of one core by design;
 * a burst of logins (or of guesses, each from a fresh address and so not yet throttled) would otherwise
 * occupy every request thread and core, and the portal would stop answering everyone. Beyond
 * {@value #MAX_CONCURRENT} checks (default: twice the cores, at least two, because a check also waits on
 * the database) a login waits up to {@link #WAIT} for a turn, then is told the server is busy, which
 * costs nothing. A remembered credential ({@link VerifiedCredentials}) needs no check and no turn.
 */
@ApplicationScoped
public class HashCheckGate {

    public static final String MAX_CONCURRENT = "pilotops.security.max-concurrent-hash-checks";
    static final Duration WAIT = Duration.ofSeconds(2);

    @Inject
    @ConfigProperty(name = MAX_CONCURRENT)
    Optional<Integer> configuredPermits;

    private Semaphore permits;
    private Duration wait;

    public HashCheckGate() {
    }

    HashCheckGate(int permits, Duration wait) {
        open(permits, wait);
    }

    @PostConstruct
    void readConfiguration() {
        open(configuredPermits.orElseGet(HashCheckGate::defaultPermits), WAIT);
    }

    static int defaultPermits() {
        return Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    }

    private void open(int count, Duration maxWait) {
        if (count < 1) {
            throw new IllegalArgumentException(MAX_CONCURRENT + " must be at least 1, not " + count);
        }
        // Fair, so that a login waiting since longer gets the next turn and none waits out its time needlessly.
        this.permits = new Semaphore(count, true);
        this.wait = maxWait;
    }

    /**
     * Runs the check when a turn comes within the wait.
     *
     * @return the check's result, or empty when the server stayed too busy (nothing was checked)
     */
    public <T> Optional<T> pass(Supplier<T> check) {
        try {
            if (!permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.of(check.get());
        } finally {
            permits.release();
        }
    }
}

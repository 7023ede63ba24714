package org.pilotops.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.pilotops.platform.problem.ServerBusyException;
import org.pilotops.platform.problem.TooManyLoginsException;

/**
 * Every check of a password someone typed, the one way: admitted (and counted) by the {@link LoginThrottle}
 * for the account and client address, then run at the {@link HashCheckGate}. A sign-in (HTTP Basic or the
 * portal's form) and the current password of a password change both come here, so a guess costs the same
 * wherever it is made, and a guesser at an unlocked portal session cannot try current passwords faster
 * than at the sign-in page.
 */
@ApplicationScoped
public class PasswordChecks {

    /** What became of a check. */
    public enum Verdict {
        /** Checked: the password is right. */
        RIGHT,
        /** Checked: the password is wrong, and the failure counts. */
        WRONG,
        /** Not checked: too many failures; see {@link Outcome#retryAfter}. */
        THROTTLED,
        /** Not checked: no turn at the gate in time. */
        BUSY
    }

    /**
     * @param result     what the check answered (RIGHT, WRONG), else null
     * @param retryAfter how long to wait (THROTTLED), else null
     */
    public record Outcome<T>(Verdict verdict, T result, Duration retryAfter) {

        public long retryAfterSeconds() {
            return LoginThrottle.retryAfterSeconds(retryAfter);
        }
    }

    /**
     * Locks that take the checks of one account in turn (striped by user name, so memory stays bounded;
     * two accounts sharing a stripe wait for each other's 250 ms at most).
     */
    private static final Lock[] ONE_AT_A_TIME = new Lock[64];
    /** How long a check waits for its account's turn before it is answered busy. */
    private static final Duration ACCOUNT_TURN = Duration.ofSeconds(10);

    static {
        for (int i = 0; i < ONE_AT_A_TIME.length; i++) {
            ONE_AT_A_TIME[i] = new ReentrantLock();
        }
    }

    @Inject
    LoginThrottle throttle;

    @Inject
    HashCheckGate gate;

    @Inject
    ClientAddress clientAddress;

    @Inject
    HttpServletRequest request;

    public PasswordChecks() {
    }

    PasswordChecks(LoginThrottle throttle, HashCheckGate gate) {
        this.throttle = throttle;
        this.gate = gate;
    }

    /**
     * Runs {@code check} if the throttle admits it, counting it as a failure before it runs (so that
     * checks racing each other are all counted) and taking that back if {@code right} holds for its result.
     *
     * @param isAccount whether {@code username} names an enabled account (where the throttle keeps its failures)
     */
    public <T> Outcome<T> check(String username, String address, boolean isAccount, Supplier<T> check,
                                Predicate<T> right) {
        // One check of an account at a time: racing guesses are each counted before the next is admitted,
        // so a burst meets the delay after the threshold; and a client's own parallel first requests with
        // the right password wait for each other instead of counting as failures meanwhile.
        Lock turn = ONE_AT_A_TIME[Math.floorMod(LoginThrottle.accountKey(username).hashCode(), ONE_AT_A_TIME.length)];
        try {
            if (!turn.tryLock(ACCOUNT_TURN.toMillis(), TimeUnit.MILLISECONDS)) {
                return new Outcome<>(Verdict.BUSY, null, null);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome<>(Verdict.BUSY, null, null);
        }
        try {
            return checkedInTurn(username, address, isAccount, check, right);
        } finally {
            turn.unlock();
        }
    }

    private <T> Outcome<T> checkedInTurn(String username, String address, boolean isAccount, Supplier<T> check,
                                         Predicate<T> right) {
        LoginThrottle.Attempt attempt = throttle.attempt(username, address, isAccount);
        if (attempt.retryAfter().isPresent()) {
            return new Outcome<>(Verdict.THROTTLED, null, attempt.retryAfter().get());
        }
        Optional<T> checked;
        boolean matched;
        try {
            checked = gate.pass(check);
            matched = checked.isPresent() && right.test(checked.get());
        } catch (RuntimeException broken) {
            attempt.withdrawn();
            throw broken;
        }
        if (checked.isEmpty()) {
            attempt.withdrawn();
            return new Outcome<>(Verdict.BUSY, null, null);
        }
        if (matched) {
            attempt.succeeded();
            return new Outcome<>(Verdict.RIGHT, checked.get(), null);
        }
        attempt.failed();
        return new Outcome<>(Verdict.WRONG, checked.get(), null);
    }

    /**
     * The signed-in user's current password, as a password change asks for it, checked from the address
     * of the current request like a sign-in of that account.
     *
     * @return whether it is right
     * @throws TooManyLoginsException (429, naming {@code field}) when the throttle refused to check it
     * @throws ServerBusyException (503) when no turn came at the gate
     */
    public boolean currentPassword(String username, String field, BooleanSupplier matches) {
        Outcome<Boolean> outcome = check(username, clientAddress.of(request), true, matches::getAsBoolean, b -> b);
        return switch (outcome.verdict()) {
            case RIGHT -> true;
            case WRONG -> false;
            case THROTTLED -> throw new TooManyLoginsException(field, outcome.retryAfterSeconds());
            case BUSY -> throw new ServerBusyException();
        };
    }
}

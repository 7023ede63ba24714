package org.pilotops.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after {@value #ACCOUNT_LIMIT} failed logins for one account, or
 * {@value #ADDRESS_LIMIT} from one address, within {@link #WINDOW}, further attempts are refused until the
 * window has passed (OWASP asks for no more than 100 failures per hour per account; this allows 40).
 * Kept per node in memory: a cluster multiplies the allowance by its size, which stays far below the cost
 * of an online attack on PBKDF2 hashes.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int ACCOUNT_LIMIT = 10;
    static final int ADDRESS_LIMIT = 30;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** True when a login attempt for this account from this address may be checked at all. */
    public boolean allows(String username, String address) {
        return recent("u:" + normalise(username)) < ACCOUNT_LIMIT && recent("a:" + address) < ADDRESS_LIMIT;
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        for (String key : new String[] {"u:" + normalise(username), "a:" + address}) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(now);
            }
        }
    }

    public void succeeded(String username) {
        failures.remove("u:" + normalise(username));
    }

    private int recent(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant horizon = clock.instant().minus(WINDOW);
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(horizon)) {
                times.pollFirst();
            }
            return times.size();
        }
    }

    private static String normalise(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }
}

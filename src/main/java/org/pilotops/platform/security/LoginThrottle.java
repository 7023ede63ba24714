package org.pilotops.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Slows password guessing without letting a guesser lock anyone else out. Two rules:
 * <ol>
 * <li><b>Per account and client address.</b> The first {@value #FREE_FAILURES} failures of one account
 *     from one address cost nothing; after that each attempt from the pair waits a delay that doubles
 *     with every failure (1 s, 2 s, 4 s … at most {@link #MAX_DELAY}). A typo costs nothing; a guesser
 *     at one address gets some fifteen tries in the first hour and four an hour after that. A success
 *     from the pair clears it; a pair is forgotten {@link #PAIR_MEMORY} after its last failure.</li>
 * <li><b>Per account, {@value #ACCOUNT_LIMIT} failures an hour</b> from all addresses together, in a
 *     sliding window (OWASP ASVS 2.2.1): this stops a guesser who changes address for every try. Beyond
 *     it an attempt waits until the oldest failure leaves the hour &mdash; <em>except from the account's
 *     known addresses</em>, those it signed in from within {@link #KNOWN_FOR}. So a stranger who
 *     exhausts an account's allowance blocks only other strangers: the owner keeps signing in from the
 *     office or from home (still subject to the pair delay there), and other accounts are never touched.
 *     The price: an owner on an address never used before waits while the attack goes on.</li>
 * </ol>
 * There is deliberately no limit per address across accounts: a whole office behind one NAT address
 * would share it, and the pair delay already slows a guesser there.
 * <p>
 * Everything is kept in memory per node, in maps kept in order of their last change, so that entries
 * older than their rule needs are dropped from the front on every call and no map grows past
 * {@value #MAX_ENTRIES} entries. In practice far fewer: failures cost a hash check each, and
 * {@link HashCheckGate} bounds how many of those a node can run in an hour. A cluster multiplies the
 * allowance by its size, which stays far below the cost of an online attack on PBKDF2 hashes.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration PAIR_MEMORY = Duration.ofHours(1);
    static final int ACCOUNT_LIMIT = 100;
    static final Duration WINDOW = Duration.ofHours(1);
    static final Duration KNOWN_FOR = Duration.ofDays(30);
    static final int KNOWN_ADDRESSES_PER_ACCOUNT = 32;
    static final int MAX_ENTRIES = 50_000;
    /** Longer than any account name can be; longer names share a key, and none of them can sign in. */
    private static final int MAX_USERNAME = 100;

    /** The failures of one account from one address since its last success there. */
    record PairFailures(int count, Instant last) {

        Instant notBefore() {
            if (count < FREE_FAILURES) {
                return last;
            }
            int doublings = Math.min(count - FREE_FAILURES, 30);
            Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
            return last.plus(delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay);
        }
    }

    private final Clock clock;
    // All three maps are in order of last change (re-inserted on every write), guarded by this, and
    // bounded: an overfull map drops its least recently changed entry.
    private final LinkedHashMap<String, PairFailures> pairs;
    /** Per account, its latest failures, at most ACCOUNT_LIMIT of them, oldest first. */
    private final LinkedHashMap<String, ArrayDeque<Instant>> accountFailures;
    /** Per account, the addresses it signed in from and when it last did. */
    private final LinkedHashMap<String, LinkedHashMap<String, Instant>> knownAddresses;

    public LoginThrottle() {
        this(Clock.systemUTC(), MAX_ENTRIES);
    }

    LoginThrottle(Clock clock, int maxEntries) {
        this.clock = clock;
        this.pairs = bounded(maxEntries);
        this.accountFailures = bounded(maxEntries);
        this.knownAddresses = bounded(maxEntries);
    }

    /**
     * Whether a login for this account from this address may be checked now.
     *
     * @return empty when it may; otherwise how long the caller must wait (the password is not checked)
     */
    public synchronized Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        forgetOld(now);
        String account = accountKey(username);
        Instant allowedFrom = now;
        PairFailures pair = pairs.get(pairKey(account, address));
        if (pair != null) {
            allowedFrom = later(allowedFrom, pair.notBefore());
        }
        if (!knows(account, address, now)) {
            ArrayDeque<Instant> recent = accountFailures.get(account);
            if (recent != null) {
                dropBefore(recent, now.minus(WINDOW));
                if (recent.size() >= ACCOUNT_LIMIT) {
                    allowedFrom = later(allowedFrom, recent.peekFirst().plus(WINDOW));
                }
            }
        }
        return allowedFrom.isAfter(now) ? Optional.of(Duration.between(now, allowedFrom)) : Optional.empty();
    }

    public synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        forgetOld(now);
        String account = accountKey(username);
        String pairKey = pairKey(account, address);
        PairFailures before = pairs.remove(pairKey);
        // The count stops growing once the delay is at its maximum, so it never overflows.
        int count = before == null ? 1 : Math.min(before.count() + 1, FREE_FAILURES + 31);
        pairs.put(pairKey, new PairFailures(count, now));
        ArrayDeque<Instant> recent = accountFailures.remove(account);
        if (recent == null) {
            recent = new ArrayDeque<>();
        }
        recent.addLast(now);
        // The hundredth latest failure is all the limit needs: the account is free again once it leaves the hour.
        while (recent.size() > ACCOUNT_LIMIT) {
            recent.pollFirst();
        }
        accountFailures.put(account, recent);
    }

    /** A verified password (checked now, or remembered): the pair starts afresh and the address is known. */
    public synchronized void succeeded(String username, String address) {
        Instant now = clock.instant();
        forgetOld(now);
        String account = accountKey(username);
        pairs.remove(pairKey(account, address));
        LinkedHashMap<String, Instant> known = knownAddresses.remove(account);
        if (known == null) {
            known = bounded(KNOWN_ADDRESSES_PER_ACCOUNT);
        }
        known.remove(address);
        known.put(address, now);
        knownAddresses.put(account, known);
    }

    /** The seconds of a {@code Retry-After} header for this wait: rounded up, at least one. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    synchronized int rememberedPairs() {
        return pairs.size();
    }

    synchronized int accountsWithFailures() {
        return accountFailures.size();
    }

    synchronized int accountsWithKnownAddresses() {
        return knownAddresses.size();
    }

    private boolean knows(String account, String address, Instant now) {
        Map<String, Instant> known = knownAddresses.get(account);
        Instant lastSuccess = known == null ? null : known.get(address);
        return lastSuccess != null && lastSuccess.isAfter(now.minus(KNOWN_FOR));
    }

    /** Drops, from the front of each map, what no rule looks at any more. */
    private void forgetOld(Instant now) {
        Instant pairHorizon = now.minus(PAIR_MEMORY);
        dropLeading(pairs, pair -> !pair.last().isAfter(pairHorizon));
        Instant windowStart = now.minus(WINDOW);
        dropLeading(accountFailures, recent -> !recent.peekLast().isAfter(windowStart));
        Instant knownHorizon = now.minus(KNOWN_FOR);
        dropLeading(knownAddresses, known -> known.values().stream().noneMatch(t -> t.isAfter(knownHorizon)));
    }

    /** Removes entries from the front while they are old; the first recent one ends it, the rest are newer. */
    private static <V> void dropLeading(LinkedHashMap<String, V> map, Predicate<V> old) {
        Iterator<V> values = map.values().iterator();
        while (values.hasNext() && old.test(values.next())) {
            values.remove();
        }
    }

    private static void dropBefore(ArrayDeque<Instant> times, Instant windowStart) {
        while (!times.isEmpty() && !times.peekFirst().isAfter(windowStart)) {
            times.pollFirst();
        }
    }

    private static <V> LinkedHashMap<String, V> bounded(int maxEntries) {
        return new LinkedHashMap<>() {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > maxEntries;
            }
        };
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static String accountKey(String username) {
        // Account names are matched without regard to case or surrounding spaces, so the throttle is too.
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_USERNAME ? key.substring(0, MAX_USERNAME) : key;
    }

    private static String pairKey(String account, String address) {
        return account + '\n' + (address == null ? "" : address);
    }
}

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
 *     at one address gets some fifteen tries in the first hour and four an hour after that. A password
 *     checked and found right from the pair clears it; a pair is forgotten {@link #PAIR_MEMORY} after its
 *     last failure.</li>
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
 *
 * <p><b>Counted before checked.</b> A password check takes a quarter of a second; had the failure been
 * counted only once the check said so, a burst of guesses sent together would all find the pair free and
 * all be checked. So an {@link #attempt attempt} is admitted and counted as a failure in one step, and the
 * failure is taken back when the check finds the password right ({@link Attempt#succeeded}) or never runs
 * ({@link Attempt#withdrawn}). Of a burst, only the free failures are checked; the rest wait.
 *
 * <p><b>Bounded memory that a sprayer cannot empty.</b> Everything is kept in memory per node, in maps
 * kept in order of their last change, so that entries older than their rule needs are dropped from the
 * front on every call and no map grows past {@value #MAX_ENTRIES} entries. The failures of names that
 * are accounts and of names that are not are kept apart: guessing thousands of made-up names fills and
 * turns over only the second, and never pushes a real account's failures out (which would give its
 * guesser a fresh allowance). Both are judged by the same rules, so the answers do not tell which names
 * exist. Real accounts' windows grow only with guesses at real accounts, each costing a hash check, which
 * {@link HashCheckGate} bounds per node. A cluster multiplies the allowance by its size, which stays far
 * below the cost of an online attack on PBKDF2 hashes.
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
    /** The count stops growing once the delay is at its maximum, so it never overflows. */
    private static final int MAX_COUNT = FREE_FAILURES + 31;

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

    /**
     * The failures of one kind of name (accounts, or names no account has): per pair, and per name its
     * latest failures, at most ACCOUNT_LIMIT of them, oldest first. Both maps are in order of last change
     * (re-inserted on every write) and bounded: an overfull map drops its least recently changed entry.
     */
    private static final class Failures {

        final LinkedHashMap<String, PairFailures> pairs;
        final LinkedHashMap<String, ArrayDeque<Instant>> byName;

        Failures(int maxEntries) {
            pairs = bounded(maxEntries);
            byName = bounded(maxEntries);
        }

        /** The earliest moment an attempt may be checked, by both rules (the second only from a new address). */
        Instant allowedFrom(String account, String pairKey, Instant now, boolean knownAddress) {
            Instant allowedFrom = now;
            PairFailures pair = pairs.get(pairKey);
            if (pair != null) {
                allowedFrom = later(allowedFrom, pair.notBefore());
            }
            if (!knownAddress) {
                ArrayDeque<Instant> recent = byName.get(account);
                if (recent != null) {
                    dropBefore(recent, now.minus(WINDOW));
                    if (recent.size() >= ACCOUNT_LIMIT) {
                        allowedFrom = later(allowedFrom, recent.peekFirst().plus(WINDOW));
                    }
                }
            }
            return allowedFrom;
        }

        /** Counts a failure at {@code at}; answers the pair as it was before. */
        PairFailures count(String account, String pairKey, Instant at) {
            PairFailures before = pairs.remove(pairKey);
            pairs.put(pairKey, new PairFailures(countAfter(before), at));
            ArrayDeque<Instant> recent = byName.remove(account);
            if (recent == null) {
                recent = new ArrayDeque<>();
            }
            recent.addLast(at);
            // The hundredth latest failure is all the limit needs: the name is free again once it leaves the hour.
            while (recent.size() > ACCOUNT_LIMIT) {
                recent.pollFirst();
            }
            byName.put(account, recent);
            return before;
        }

        /** Takes back the failure counted at {@code at} from the name's window. */
        void uncountFromWindow(String account, Instant at) {
            ArrayDeque<Instant> recent = byName.get(account);
            if (recent != null) {
                recent.removeLastOccurrence(at);
                if (recent.isEmpty()) {
                    byName.remove(account);
                }
            }
        }

        void forgetOld(Instant now) {
            Instant pairHorizon = now.minus(PAIR_MEMORY);
            dropLeading(pairs, pair -> !pair.last().isAfter(pairHorizon));
            Instant windowStart = now.minus(WINDOW);
            dropLeading(byName, recent -> recent.isEmpty() || !recent.peekLast().isAfter(windowStart));
        }
    }

    /**
     * One password check the throttle admitted, counted as a failure until it is settled; or, when
     * {@link #retryAfter()} is present, one it refused (nothing was counted, there is nothing to settle).
     * Settle an admitted attempt exactly once, also when the check fails with an exception.
     */
    public final class Attempt {

        private final Duration refusedFor;
        private final Failures failures;
        private final String account;
        private final String address;
        private final Instant countedAt;
        private final PairFailures pairBefore;
        private boolean settled;

        private Attempt(Duration refusedFor) {
            this(refusedFor, null, null, null, null, null);
        }

        private Attempt(Duration refusedFor, Failures failures, String account, String address, Instant countedAt,
                        PairFailures pairBefore) {
            this.refusedFor = refusedFor;
            this.failures = failures;
            this.account = account;
            this.address = address;
            this.countedAt = countedAt;
            this.pairBefore = pairBefore;
            this.settled = refusedFor != null;
        }

        /** Present when the attempt was refused: how long the caller must wait (the password is not checked). */
        public Optional<Duration> retryAfter() {
            return Optional.ofNullable(refusedFor);
        }

        /** The password was wrong: the failure stays counted, from now, when it is known. */
        public void failed() {
            synchronized (LoginThrottle.this) {
                if (settle()) {
                    Instant now = clock.instant();
                    String pairKey = pairKey(account, address);
                    PairFailures pair = failures.pairs.get(pairKey);
                    if (pair != null && pair.last().isBefore(now)) {
                        failures.pairs.remove(pairKey);
                        failures.pairs.put(pairKey, new PairFailures(pair.count(), now));
                    }
                }
            }
        }

        /** The password was right: the pair starts afresh, this failure is taken back, the address is known. */
        public void succeeded() {
            synchronized (LoginThrottle.this) {
                if (settle()) {
                    String pairKey = pairKey(account, address);
                    ofAccounts.pairs.remove(pairKey);
                    ofOtherNames.pairs.remove(pairKey);
                    failures.uncountFromWindow(account, countedAt);
                    know(account, address, clock.instant());
                }
            }
        }

        /** Nothing was checked (the server was busy, the check broke): the attempt is taken back entirely. */
        public void withdrawn() {
            synchronized (LoginThrottle.this) {
                if (settle()) {
                    String pairKey = pairKey(account, address);
                    PairFailures pair = failures.pairs.get(pairKey);
                    if (pair != null) {
                        if (pair.last().equals(countedAt) && pair.count() == countAfter(pairBefore)) {
                            // Nothing counted since this attempt: the pair is as it was before.
                            failures.pairs.remove(pairKey);
                            if (pairBefore != null) {
                                failures.pairs.put(pairKey, pairBefore);
                            }
                        } else if (pair.count() > 1) {
                            failures.pairs.put(pairKey, new PairFailures(pair.count() - 1, pair.last()));
                        } else {
                            failures.pairs.remove(pairKey);
                        }
                    }
                    failures.uncountFromWindow(account, countedAt);
                }
            }
        }

        private boolean settle() {
            if (settled) {
                return false;
            }
            settled = true;
            return true;
        }
    }

    private final Clock clock;
    private final Failures ofAccounts;
    private final Failures ofOtherNames;
    /** Per account, the addresses it signed in from and when it last did; bounded like the failures. */
    private final LinkedHashMap<String, LinkedHashMap<String, Instant>> knownAddresses;

    public LoginThrottle() {
        this(Clock.systemUTC(), MAX_ENTRIES);
    }

    LoginThrottle(Clock clock, int maxEntries) {
        this.clock = clock;
        this.ofAccounts = new Failures(maxEntries);
        this.ofOtherNames = new Failures(maxEntries);
        this.knownAddresses = bounded(maxEntries);
    }

    /**
     * Whether a login for this name from this address would be admitted now, without counting anything:
     * lets a caller refuse an attempt before doing any work for it. {@link #attempt} decides.
     *
     * @return empty when it may; otherwise how long the caller must wait
     */
    public synchronized Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        forgetOld(now);
        return waitAt(accountKey(username), address, now);
    }

    /**
     * Admits a password check and counts it as a failure at once, or refuses it. Settle an admitted
     * attempt with what the check found.
     *
     * @param isAccount whether the name is that of an enabled account, which decides only where its
     *                  failures are kept (see the class comment), never how they are judged
     */
    public synchronized Attempt attempt(String username, String address, boolean isAccount) {
        Instant now = clock.instant();
        forgetOld(now);
        String account = accountKey(username);
        Optional<Duration> wait = waitAt(account, address, now);
        if (wait.isPresent()) {
            return new Attempt(wait.get());
        }
        Failures failures = isAccount ? ofAccounts : ofOtherNames;
        PairFailures before = failures.count(account, pairKey(account, address), now);
        return new Attempt(null, failures, account, address, now, before);
    }

    /**
     * A remembered credential shown again (its password was checked earlier): the address stays known.
     * Failures since are not forgiven: a caller holding a remembered credential may still be guessing at
     * something else (the current password of a password change).
     */
    public synchronized void recognised(String username, String address) {
        Instant now = clock.instant();
        forgetOld(now);
        know(accountKey(username), address, now);
    }

    /** The seconds of a {@code Retry-After} header for this wait: rounded up, at least one. */
    public static long retryAfterSeconds(Duration wait) {
        long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    synchronized int rememberedPairs() {
        return ofAccounts.pairs.size() + ofOtherNames.pairs.size();
    }

    synchronized int accountsWithFailures() {
        return ofAccounts.byName.size() + ofOtherNames.byName.size();
    }

    synchronized int accountsWithKnownAddresses() {
        return knownAddresses.size();
    }

    private Optional<Duration> waitAt(String account, String address, Instant now) {
        String pairKey = pairKey(account, address);
        boolean known = knows(account, address, now);
        // A name is normally in one of the two; were an account made for a name guessed before, both count.
        Instant allowedFrom = later(ofAccounts.allowedFrom(account, pairKey, now, known),
                ofOtherNames.allowedFrom(account, pairKey, now, known));
        return allowedFrom.isAfter(now) ? Optional.of(Duration.between(now, allowedFrom)) : Optional.empty();
    }

    private void know(String account, String address, Instant now) {
        LinkedHashMap<String, Instant> known = knownAddresses.remove(account);
        if (known == null) {
            known = bounded(KNOWN_ADDRESSES_PER_ACCOUNT);
        }
        known.remove(address);
        known.put(address, now);
        knownAddresses.put(account, known);
    }

    private boolean knows(String account, String address, Instant now) {
        Map<String, Instant> known = knownAddresses.get(account);
        Instant lastSuccess = known == null ? null : known.get(address);
        return lastSuccess != null && lastSuccess.isAfter(now.minus(KNOWN_FOR));
    }

    /** Drops, from the front of each map, what no rule looks at any more. */
    private void forgetOld(Instant now) {
        ofAccounts.forgetOld(now);
        ofOtherNames.forgetOld(now);
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

    private static int countAfter(PairFailures before) {
        return before == null ? 1 : Math.min(before.count() + 1, MAX_COUNT);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static String accountKey(String username) {
        // Account names are matched without regard to case or surrounding spaces, so the throttle is too.
        String key = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_USERNAME ? key.substring(0, MAX_USERNAME) : key;
    }

    private static String pairKey(String account, String address) {
        return account + '\n' + (address == null ? "" : address);
    }
}

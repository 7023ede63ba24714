package org.pilotops.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, for a few minutes, that a username and password pair was verified. A PBKDF2 check costs
 * about 250 ms by design; an API client sending Basic credentials on every call must not pay that each
 * time. The key is an HMAC of the pair under a secret made at start-up, so neither the password nor a
 * hash that could be attacked offline is ever kept.
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    /** @param passwordStamp an HMAC of the account's stored password hash when the pair was verified */
    record Verified(String callerName, Instant until, String passwordStamp) {
    }

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec secret;
    private final Clock clock;

    public VerifiedCredentials() {
        this(Clock.systemUTC());
    }

    VerifiedCredentials(Clock clock) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        this.secret = new SecretKeySpec(key, "HmacSHA256");
        this.clock = clock;
    }

    public Optional<Verified> lookup(String username, String password) {
        String key = keyOf(username, password);
        Verified hit = verified.get(key);
        if (hit == null) {
            return Optional.empty();
        }
        if (hit.until().isBefore(clock.instant())) {
            verified.remove(key);
            return Optional.empty();
        }
        return Optional.of(hit);
    }

    /**
     * Remembers a verified pair with the account's stored password hash of the moment: a password changed
     * since, on this node or another, makes the pair unknown again ({@link #stillCurrent}).
     */
    public void remember(String username, String password, String callerName, String passwordHash) {
        if (verified.size() >= MAX_ENTRIES) {
            Instant now = clock.instant();
            verified.values().removeIf(v -> v.until().isBefore(now));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(keyOf(username, password),
                new Verified(callerName, clock.instant().plus(TTL), keyOf(callerName, passwordHash)));
    }

    /** True while the account's password is the one the pair was verified against. */
    public boolean stillCurrent(Verified remembered, String passwordHash) {
        return remembered.passwordStamp().equals(keyOf(remembered.callerName(), passwordHash));
    }

    /** Forget every remembered credential of this user, e.g. after a password change or disabling. */
    public void forget(String callerName) {
        verified.values().removeIf(v -> v.callerName().equals(callerName));
    }

    private String keyOf(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}

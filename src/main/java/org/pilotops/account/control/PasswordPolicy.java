package org.pilotops.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.pilotops.platform.problem.Violation;

/**
 * What a password a person chooses must be, after NIST SP 800-63B §5.1.1.2 and OWASP ASVS 2.1: at least
 * {@value #MIN_LENGTH} characters, not the username, and not one of the passwords attackers try first
 * (compared without regard to case, because guessing tools try every capitalisation). No rules about
 * digits or symbols: they make people write {@code Password1!}, which the list catches anyway.
 *
 * <p>The list is the plain-text resource {@value #COMMON_PASSWORDS}, one password a line, {@code #} starting
 * a comment line; a larger public list can replace it without a code change.
 */
@ApplicationScoped
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Long passphrases are welcome; the cap only keeps a request from making us hash megabytes. */
    public static final int MAX_LENGTH = 256;
    public static final String COMMON_PASSWORDS = "account/common-passwords.txt";

    /** Letters and digits that cannot be mistaken for one another when read aloud or copied by hand. */
    private static final char[] ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Set<String> common = Set.of();

    /** For CDI: the shipped list is read once, at first use. */
    public PasswordPolicy() {
    }

    /** A policy with this list of common passwords instead of the shipped one. */
    public PasswordPolicy(Collection<String> commonPasswords) {
        Set<String> lowered = new HashSet<>();
        commonPasswords.forEach(p -> lowered.add(p.toLowerCase(Locale.ROOT)));
        this.common = Set.copyOf(lowered);
    }

    @PostConstruct
    void loadShippedList() {
        common = new PasswordPolicy(shippedList()).common;
    }

    /** The list that ships in the WAR. */
    public static List<String> shippedList() {
        InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS);
        if (in == null) {
            throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the class path");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What is wrong with {@code password} as the new password of {@code username}, naming {@code field};
     * empty when it may be used.
     */
    public Optional<Violation> check(String field, String username, String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of(Violation.of(field, "field.required"));
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(Violation.of(field, "password.too-short", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(Violation.of(field, "field.too-long", MAX_LENGTH));
        }
        if (username != null && password.strip().equalsIgnoreCase(username.strip())) {
            return Optional.of(Violation.of(field, "password.is-username"));
        }
        if (isCommon(password)) {
            return Optional.of(Violation.of(field, "password.common"));
        }
        return Optional.empty();
    }

    public boolean isCommon(String password) {
        return common.contains(password.toLowerCase(Locale.ROOT)) || common.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    int size() {
        return common.size();
    }

    /**
     * A password an administrator hands over once: 16 characters of a 54-letter alphabet (about 92 bits),
     * in groups of four so it can be read out or typed without mistakes.
     */
    public static String oneTimePassword() {
        StringBuilder password = new StringBuilder(19);
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                password.append('-');
            }
            password.append(ONE_TIME_ALPHABET[RANDOM.nextInt(ONE_TIME_ALPHABET.length)]);
        }
        return password.toString();
    }
}

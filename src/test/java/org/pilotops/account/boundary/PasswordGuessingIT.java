package org.pilotops.account.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilotops.testing.Api;
import org.pilotops.testing.Fixtures;
import org.pilotops.testing.Together;

/**
 * Guessing a password costs the same wherever it is guessed (issue 21 §7): the current password of a
 * password change counts against the login throttle of its account and address exactly as a sign-in does,
 * and guesses sent in parallel are counted before they are checked, so a burst cannot slip past the delay.
 * Each test makes its own account and poses, through {@code X-Forwarded-For} (the portal under test trusts
 * loopback as a proxy), as a client at a documentation address no other test uses.
 */
class PasswordGuessingIT {

    /** Failures of one account from one address that cost nothing (LoginThrottle.FREE_FAILURES). */
    static final int FREE_FAILURES = 3;

    static Fixtures.Account freshAccount() {
        return Fixtures.account("{\"roles\": [\"NATIONAL_REVIEWER\"]}", false);
    }

    @Test
    void wrongCurrentPasswordsAreThrottledLikeSignInsAndTheRightOneWaitsToo() throws InterruptedException {
        Fixtures.Account account = freshAccount();
        String address = "203.0.113.71";
        String chosen = "Guessing-IT-chosen-passphrase";
        List<Integer> statuses = new ArrayList<>();
        Api.Answer answer = null;
        for (int i = 0; i < 25; i++) {
            answer = changeFrom(account.api(), address, "wrong-current-" + i, chosen);
            statuses.add(answer.status());
            if (answer.status() == 429 && Long.parseLong(answer.header("Retry-After")) <= 2) {
                // Waiting out the short first delays lets a failure or two more in, so that the delay at the
                // end is long enough for the checks below to land inside it even on a slow machine.
                Thread.sleep(Long.parseLong(answer.header("Retry-After")) * 1000 + 100);
            }
        }
        assertTrue(statuses.stream().allMatch(s -> s == 400 || s == 429), statuses::toString);
        long checked = statuses.stream().filter(s -> s == 400).count();
        assertTrue(checked >= FREE_FAILURES && checked <= FREE_FAILURES + 3,
                "three free failures, then only those after a delay was waited out: " + statuses);

        assertEquals(429, answer.status(), answer::toString);
        String retryAfter = answer.header("Retry-After");
        assertNotNull(retryAfter);
        assertTrue(retryAfter.matches("[1-9][0-9]*"), "Retry-After in whole seconds: " + retryAfter);
        assertEquals("application/problem+json", answer.header("Content-Type").split(";")[0]);
        JsonObject problem = answer.json();
        assertEquals("urn:pilotops:problem:too-many-logins", problem.getString("type"));
        assertEquals(429, problem.getInt("status"));
        assertEquals("current", problem.getJsonArray("violations").getJsonObject(0).getString("field"), problem::toString);

        Api.Answer right = changeFrom(account.api(), address, Fixtures.PASSWORD, chosen);
        assertEquals(429, right.status(), "the right current password waits like a wrong one: " + right);
        Api.Answer signIn = fromAddress(Api.withPassword(account.username(), "wrong-at-sign-in"), address);
        assertEquals(429, signIn.status(), "sign-in counts the same failures: " + signIn);
        assertEquals(401, Api.withPassword(account.username(), chosen).get("/api/v1/me").status(),
                "nothing was changed");

        Thread.sleep(Long.parseLong(right.header("Retry-After")) * 1000 + 200);
        Api.Answer changed = changeFrom(account.api(), address, Fixtures.PASSWORD, chosen);
        assertEquals(204, changed.status(), "once the delay has passed the owner goes on: " + changed);
        assertEquals(200, Api.withPassword(account.username(), chosen).get("/api/v1/me").status());
    }

    @Test
    void parallelWrongLoginsAreCountedBeforeTheyAreChecked() throws Exception {
        Fixtures.Account account = freshAccount();
        String address = "203.0.113.72";
        Api guesser = Api.withPassword(account.username(), "wrong-in-a-burst");
        List<Integer> statuses = Together.call(12, () -> fromAddress(guesser, address).status());
        assertTrue(statuses.stream().allMatch(s -> s == 401 || s == 429), statuses::toString);
        assertTrue(statuses.stream().filter(s -> s == 401).count() <= FREE_FAILURES,
                "only the free failures are checked, the rest wait: " + statuses);

        // The right password was never shown before (not remembered), so it meets the throttle.
        Api.Answer owner = fromAddress(account.api(), address);
        assertEquals(429, owner.status(), "the burst has put the pair behind a delay: " + owner);
        assertNotNull(owner.header("Retry-After"));
    }

    @Test
    void parallelWrongCurrentPasswordsAreCountedBeforeTheyAreChecked() throws Exception {
        Fixtures.Account account = freshAccount();
        String address = "203.0.113.73";
        // Shown once, the Basic credential is remembered: the burst below tests the current password only.
        assertEquals(200, fromAddress(account.api(), address).status());
        List<Integer> statuses = Together.call(12,
                () -> changeFrom(account.api(), address, "wrong-current-in-a-burst", "Guessing-IT-burst-passphrase").status());
        assertTrue(statuses.stream().allMatch(s -> s == 400 || s == 429), statuses::toString);
        assertTrue(statuses.stream().filter(s -> s == 400).count() <= FREE_FAILURES,
                "only the free failures are checked, the rest wait: " + statuses);
        assertEquals(429, changeFrom(account.api(), address, Fixtures.PASSWORD, "Guessing-IT-burst-passphrase").status(),
                "the right current password waits too");
    }

    private static Api.Answer changeFrom(Api api, String address, String current, String chosen) {
        return api.send(api.request("/api/v1/me/password").header("X-Forwarded-For", address)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"current\": \"%s\", \"new\": \"%s\"}".formatted(current, chosen))));
    }

    private static Api.Answer fromAddress(Api api, String address) {
        return api.send(api.request("/api/v1/me").header("X-Forwarded-For", address).GET());
    }
}

package org.pilotops.account.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.pilotops.launch.DemoData;
import org.pilotops.testing.Api;

/**
 * A stranger guessing one account's password slows down only that stranger. The portal under test
 * trusts the loopback address as a proxy, so these calls pose as clients with {@code X-Forwarded-For};
 * the addresses are documentation ranges no other test uses. The limit of a hundred failures an hour
 * per account is left to {@code LoginThrottleTest}: reaching it here would take half a minute of hashing.
 */
class LoginThrottlingIT {

    static final String STRANGER = "203.0.113.7";
    static final String OWNER = "198.51.100.9";

    @Test
    void aGuesserIsDelayedWhileTheOwnerAndTheGuessersColleaguesSignIn() {
        Api guesser = Api.withPassword("city-2", "not-" + DemoData.DEMO_PASSWORD);
        Api.Answer answer = from(guesser, STRANGER);
        int failures = 0;
        // Three failures are free, then each attempt waits a second, two, four…; a slow test machine
        // may let the first short delay pass, so allow a few more tries before the refusal.
        while (answer.status() == 401 && failures < 8) {
            failures++;
            answer = from(guesser, STRANGER);
        }
        assertTrue(failures >= 3, "the first three failures are answered normally: " + failures);
        assertEquals(429, answer.status(), answer::toString);
        String retryAfter = answer.header("Retry-After");
        assertNotNull(retryAfter);
        assertTrue(retryAfter.matches("[1-9][0-9]*"), "Retry-After in whole seconds: " + retryAfter);
        assertEquals("application/problem+json", answer.header("Content-Type").split(";")[0]);
        assertEquals("urn:pilotops:problem:too-many-logins", answer.json().getString("type"));

        // The right password may already be remembered from other tests; either way it is not refused.
        assertEquals(200, from(Api.as("city-2"), OWNER).status(), "the owner, from another address");
        assertEquals(200, from(Api.as("national"), STRANGER).status(), "another account, from the same address");
    }

    private static Api.Answer from(Api api, String address) {
        return api.send(api.request("/api/v1/me").header("X-Forwarded-For", address).GET());
    }
}

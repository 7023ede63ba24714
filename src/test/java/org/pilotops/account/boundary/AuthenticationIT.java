package org.pilotops.account.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pilotops.testing.Api;

/** Who the API thinks you are, and what it does with no, wrong or too many credentials. */
class AuthenticationIT {

    @ParameterizedTest
    @CsvSource({
            "admin,       ADMIN,             ,   ,       ",
            "national,    NATIONAL_REVIEWER, ,   ,       ",
            "province-js, PROVINCE_REVIEWER, ,   320000, ",
            "city-zjg,    CITY_REPORTER,     1,  ,       ",
            "city-2,      CITY_REPORTER,     2,  ,       ",
            "agency-1,    AGENCY_STAFF,      ,   ,       1",
    })
    void meNamesTheAccountItsRolesAndScope(String user, String role, Long cityId, Integer provinceId, Long agencyId) {
        Api.Answer answer = Api.as(user).get("/api/v1/me");
        assertEquals(200, answer.status(), answer::toString);
        JsonObject me = answer.json();
        assertEquals(user, me.getString("username"));
        assertEquals(List.of(role), me.getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        assertEquals(cityId, me.containsKey("cityId") ? me.getJsonNumber("cityId").longValue() : null);
        assertEquals(provinceId, me.containsKey("provinceId") ? me.getInt("provinceId") : null);
        assertEquals(agencyId, me.containsKey("agencyId") ? me.getJsonNumber("agencyId").longValue() : null);
    }

    @Test
    void missingOrWrongCredentialsAreAChallengeWithAProblemBody() {
        Api.Answer none = Api.anonymous().get("/api/v1/me");
        assertEquals(401, none.status());
        assertTrue(none.header("WWW-Authenticate").startsWith("Basic"));
        assertEquals("application/problem+json", none.header("Content-Type").split(";")[0]);

        Api.Answer wrong = Api.withPassword("city-zjg", "not-the-password").get("/api/v1/me");
        assertEquals(401, wrong.status());
        assertFalse(wrong.body().contains("Exception"));
    }

    @Test
    void repeatedFailuresForOneAccountAreThrottled() {
        Api guesser = Api.withPassword("throttle-probe", "guess");
        for (int i = 0; i < 3; i++) {
            assertEquals(401, guesser.get("/api/v1/me").status(), "the first failures are free");
        }
        Api.Answer throttled = guesser.get("/api/v1/me");
        for (int i = 0; i < 5 && throttled.status() == 401; i++) {
            // A slow machine may let the first one-second delay pass; the next delays are longer.
            throttled = guesser.get("/api/v1/me");
        }
        assertEquals(429, throttled.status());
        assertNotNull(throttled.header("Retry-After"));
        assertEquals(200, Api.as("city-2").get("/api/v1/me").status(), "other accounts are not affected");
    }

    @Test
    void errorsNeverShowInternals() {
        Api.Answer unknown = Api.as("city-zjg").get("/api/v1/no/such/resource");
        assertEquals(404, unknown.status());
        assertEquals("application/problem+json", unknown.header("Content-Type").split(";")[0]);
        Api.Answer wrongMethod = Api.as("city-zjg").send(Api.as("city-zjg").request("/api/v1/me")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
        assertEquals(405, wrongMethod.status());
        assertFalse(wrongMethod.body().contains("jakarta.") || wrongMethod.body().contains("at org."));
    }

    @Test
    void pagesCarrySecurityHeadersAndSendStrangersToTheLoginPage() {
        Api.Answer login = Api.anonymous().get("/login.xhtml");
        assertEquals(200, login.status());
        assertEquals("DENY", login.header("X-Frame-Options"));
        assertEquals("nosniff", login.header("X-Content-Type-Options"));
        assertTrue(login.header("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals(1, login.response().headers().allValues("Content-Security-Policy").size(), "one policy, not two");
        String scripts = login.header("Content-Security-Policy").replaceAll(".*script-src", "script-src");
        assertTrue(scripts.matches("script-src 'self' 'nonce-[A-Za-z0-9+/=_-]{16,}';?"), scripts);
        assertTrue(login.body().contains("nonce=\""), "the page's own scripts carry the nonce");
        assertEquals(null, login.header("Strict-Transport-Security"), "plain HTTP");
        Api anonymous = Api.anonymous();
        Api.Answer behindTls = anonymous.send(anonymous.request("/login.xhtml").header("X-Forwarded-Proto", "https").GET());
        assertTrue(behindTls.header("Strict-Transport-Security").startsWith("max-age="),
                "HTTPS ended at the trusted proxy in front of us");
        String api = Api.as("city-zjg").get("/api/v1/me").header("Content-Security-Policy");
        assertTrue(api.endsWith("script-src 'self'"), "no inline script anywhere else: " + api);
        Api.Answer home = Api.anonymous().get("/index.xhtml");
        assertEquals(302, home.status());
        assertTrue(home.header("Location").endsWith("/login.xhtml"));
        assertEquals(200, Api.anonymous().get("/health").status());
    }
}

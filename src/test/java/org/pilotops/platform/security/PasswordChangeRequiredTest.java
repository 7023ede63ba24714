package org.pilotops.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pilotops.platform.security.PilotOpsAuthentication.allowedBeforePasswordChange;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An account holding a one-time password may ask who it is and change the password through the API, nothing else. */
class PasswordChangeRequiredTest {

    @ParameterizedTest
    @CsvSource({
            "GET,  /api/v1/me,                 true",
            "PUT,  /api/v1/me/password,        true",
            "PUT,  /api/v1/me,                 false",
            "GET,  /api/v1/me/password,        false",
            "POST, /api/v1/me/password,        false",
            "GET,  /api/v1/cities,             false",
            "GET,  /api/v1/me/,                false",
            "GET,  /api/v1/me/../cities,       false",
            "POST, /api/v1/accounts/1/password-reset, false",
    })
    void onlyWhoAmIAndThePasswordChangeAreOpen(String method, String path, boolean allowed) {
        assertEquals(allowed, allowedBeforePasswordChange(method, path));
    }
}

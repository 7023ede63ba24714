package org.pilotops.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialTest {

    static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUtf8PairsAndPasswordsWithColons() {
        var credential = PilotOpsAuthentication.basicCredential(basic("城市:pa:ss"));
        assertEquals("城市", credential.getCaller());
        assertEquals("pa:ss", credential.getPasswordAsString());
        assertEquals("x", PilotOpsAuthentication.basicCredential("basic " + basic("x:y").substring(6)).getCaller());
    }

    @Test
    void malformedHeadersAreNoCredentials() {
        assertNull(PilotOpsAuthentication.basicCredential(null));
        assertNull(PilotOpsAuthentication.basicCredential("Bearer abc"));
        assertNull(PilotOpsAuthentication.basicCredential("Basic !!!not-base64"));
        assertNull(PilotOpsAuthentication.basicCredential(basic("no-colon")));
        assertNull(PilotOpsAuthentication.basicCredential(basic(":no-user")));
    }
}

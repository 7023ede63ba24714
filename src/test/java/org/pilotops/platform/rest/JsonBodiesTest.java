package org.pilotops.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pilotops.platform.problem.InvalidInputException;

class JsonBodiesTest {

    @Test
    void anObjectIsRead() {
        assertEquals("a", JsonBodies.readObject(body(" {\"title\": \"a\"}\n ")).getString("title"));
    }

    /** Found by GeneratedRequestsApiIT: a body with more after its object was stored as if it ended there. */
    @Test
    void aBodyWithMoreAfterItsObjectIsMalformed() {
        for (String text : new String[] {"{\"a\": 1}}", "{\"a\": 1} {}", "{\"a\": 1} x", "[1] [2]"}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> JsonBodies.readObject(body(text)),
                    text);
            assertEquals("body", refused.violations().get(0).field(), text);
            assertEquals("json.malformed", refused.violations().get(0).key(), text);
        }
    }

    @Test
    void whatIsNotAnObjectIsNamedSo() {
        for (String text : new String[] {"[1, 2]", "\"text\"", "12"}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> JsonBodies.readObject(body(text)));
            assertEquals("json.not-object", refused.violations().get(0).key(), text);
        }
        assertEquals("json.empty", assertThrows(InvalidInputException.class, () -> JsonBodies.readObject(body("  ")))
                .violations().get(0).key());
        assertEquals("json.malformed", assertThrows(InvalidInputException.class, () -> JsonBodies.readObject(
                body("{\"a\": tru}"))).violations().get(0).key());
    }

    private static ByteArrayInputStream body(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}

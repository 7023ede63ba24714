package org.pilotops.platform.rest;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.PayloadTooLargeException;
import org.pilotops.platform.problem.Violation;

/**
 * Reads a JSON object body: at most {@value #MAX_BYTES} bytes of UTF-8, well formed, an object. Each
 * failure becomes a 4xx problem naming what was wrong, never a 500.
 */
public final class JsonBodies {

    public static final int MAX_BYTES = 1 << 20;

    private JsonBodies() {
    }

    public static JsonObject readObject(InputStream body) {
        String text = utf8(readBounded(body));
        if (text.isBlank()) {
            throw new InvalidInputException(Violation.of("body", "json.empty"));
        }
        // A parser rather than a reader: a reader stops after the first value, so it took a body with more
        // after it, such as `{…}}` or `{…} {…}`, as if the rest were not there.
        try (JsonParser parser = JsonFactory.parser(new StringReader(text))) {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                var at = parser.getLocation();
                throw new InvalidInputException(Violation.of("body", "json.malformed", at.getLineNumber(),
                        at.getColumnNumber()));
            }
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException(Violation.of("body", "json.not-object"));
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw new InvalidInputException(Violation.of("body", "json.malformed",
                    at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber()));
        } catch (JsonException e) {
            throw new InvalidInputException(Violation.of("body", "json.malformed", 0, 0));
        }
    }

    /**
     * A date field of a body as ISO {@code yyyy-MM-dd}; null when absent or null. Anything else is a 400
     * naming the field.
     */
    public static LocalDate date(JsonObject body, String field) {
        JsonValue value = body.getOrDefault(field, JsonValue.NULL);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonString text) {
            try {
                return LocalDate.parse(text.getString().strip());
            } catch (DateTimeParseException e) {
                // refused below
            }
        }
        throw new InvalidInputException(Violation.of(field, "field.date-format", value.toString()));
    }

    private static byte[] readBounded(InputStream body) {
        if (body == null) {
            return new byte[0];
        }
        try (body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = body.read(buffer)) != -1) {
                out.write(buffer, 0, n);
                if (out.size() > MAX_BYTES) {
                    throw new PayloadTooLargeException(MAX_BYTES);
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new InvalidInputException(Violation.of("body", "json.unreadable"));
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(Violation.of("body", "json.encoding"));
        }
    }
}

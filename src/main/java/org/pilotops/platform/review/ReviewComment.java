package org.pilotops.platform.review;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.pilotops.platform.field.FieldType;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.rest.JsonBodies;

/** The comment given with a review step: plain text of at most {@value #MAX} characters, required for some steps. */
public final class ReviewComment {

    /** Longest comment on a review step. */
    public static final int MAX = 2_000;

    private static final FieldType<String> TYPE = FieldType.text(MAX);

    private ReviewComment() {
    }

    /**
     * The comment stripped, null when blank; refused with a 400 on {@code comment} when too long, or when
     * {@code required} (a return, a reopening) and blank.
     */
    public static String of(String comment, boolean required) {
        List<Violation> violations = new ArrayList<>();
        String said = TYPE.parseOptional("comment", comment, violations);
        if (said == null && violations.isEmpty() && required) {
            violations.add(Violation.of("comment", "field.required"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return said;
    }

    /**
     * The {@code comment} of a review step's API body {@code {"comment": …}}, as given (checked by {@link #of}
     * when the step is taken); null when the body is empty or says nothing. A comment that is not a string is
     * a 400 naming {@code comment}; a body that is not a JSON object one as {@link JsonBodies} answers it.
     */
    public static String fromBody(InputStream body) {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(JsonBodies.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            return null;
        }
        JsonObject json = JsonBodies.readObject(new ByteArrayInputStream(bytes));
        JsonValue value = json.getOrDefault("comment", JsonValue.NULL);
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        throw new InvalidInputException(Violation.of("comment", "field.text"));
    }
}

package org.pilotops.platform.idempotency;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.rest.JsonFactory;

/**
 * A client's {@code Idempotency-Key} for one write, with a fingerprint of the request it came with: sent
 * again after an answer was lost, the key gets the first request's record instead of a second one
 * (migration V0024). Keys are the client's choice — a UUID is usual — of 1 to 100 visible ASCII characters.
 *
 * @param key     the header's value
 * @param request SHA-256 of the request (its path and body), hex
 */
public record IdempotencyKey(String key, String request) {

    public static final String HEADER = "Idempotency-Key";

    private static final Pattern SYNTAX = Pattern.compile("[\\x21-\\x7E]{1,100}");

    /** The key of a request, none without the header; a malformed key is refused naming the header. */
    public static Optional<IdempotencyKey> of(String header, String request) {
        if (header == null) {
            return Optional.empty();
        }
        if (!SYNTAX.matcher(header).matches()) {
            throw new InvalidInputException(Violation.of(HEADER, "field.idempotency-key"));
        }
        return Optional.of(new IdempotencyKey(header, sha256(request)));
    }

    /**
     * A JSON body as the fingerprint takes it: the parsed value written again with every object's members in
     * name order, so that a client that serialises the same body with its fields in another order, or with
     * other white space, repeats the same request.
     */
    public static String canonical(JsonValue value) {
        if (value instanceof JsonObject object) {
            return object.keySet().stream().sorted()
                    .map(name -> JsonFactory.value(name) + ":" + canonical(object.get(name)))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof JsonArray array) {
            return array.stream().map(IdempotencyKey::canonical).collect(Collectors.joining(",", "[", "]"));
        }
        return value.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}

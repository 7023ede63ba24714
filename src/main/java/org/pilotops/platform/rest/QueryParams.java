package org.pilotops.platform.rest;

import java.util.function.Function;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;

/**
 * Whole-number query parameters ({@code ?year=}, {@code ?cityId=}, {@code ?version=}) read as text by the
 * resources, so that a missing or malformed one is a 400 naming the parameter rather than JAX-RS's anonymous
 * 404.
 */
public final class QueryParams {

    private QueryParams() {
    }

    /** A parameter the call cannot do without. */
    public static int requiredInt(String name, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(Violation.of(name, "field.required"));
        }
        return number(name, text, Integer::valueOf);
    }

    /** A parameter that may be left out or blank: null then. */
    public static Integer optionalInt(String name, String text) {
        return text == null || text.isBlank() ? null : number(name, text, Integer::valueOf);
    }

    /** A parameter that may be left out or blank: null then. */
    public static Long optionalLong(String name, String text) {
        return text == null || text.isBlank() ? null : number(name, text, Long::valueOf);
    }

    private static <N extends Number> N number(String name, String text, Function<String, N> parse) {
        try {
            return parse.apply(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Violation.of(name, "query.not-a-number", text));
        }
    }
}

package org.pilotops.platform.problem;

import java.util.List;

/**
 * One thing wrong with one field of an input. The message is a key of the {@code messages} bundle with
 * its arguments, so the API and the portal can each say it in the reader's language.
 *
 * @param row the data row of an imported file (1 = first row after the header), or 0 outside imports
 */
public record Violation(String field, int row, String key, List<Object> args) {

    public Violation {
        args = List.copyOf(args);
    }

    public static Violation of(String field, String key, Object... args) {
        return new Violation(field, 0, key, List.of(args));
    }

    public Violation atRow(int rowNumber) {
        return new Violation(field, rowNumber, key, args);
    }
}

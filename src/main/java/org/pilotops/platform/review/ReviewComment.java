package org.pilotops.platform.review;

import java.util.ArrayList;
import java.util.List;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.FieldType;

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
}

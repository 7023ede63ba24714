package org.pilotops.platform.problem;

import java.util.List;

/**
 * A file whose content is not of a type accepted here, or is broken: 415. The type is judged by the
 * content, never by the name or the declared {@code Content-Type}; the violation names the field the file
 * came in and says which types are accepted.
 */
public class UnsupportedMediaTypeException extends PilotOpsException {

    private final List<Violation> violations;

    public UnsupportedMediaTypeException(Violation violation) {
        super("problem.unsupported-media-type.detail");
        this.violations = List.of(violation);
    }

    @Override
    public int status() {
        return 415;
    }

    @Override
    public String problemType() {
        return "unsupported-media-type";
    }

    @Override
    public List<Violation> violations() {
        return violations;
    }
}

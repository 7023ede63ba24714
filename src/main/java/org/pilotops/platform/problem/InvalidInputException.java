package org.pilotops.platform.problem;

import java.util.List;

/** Input that breaks a rule; every violation names its field. Nothing was stored. */
public class InvalidInputException extends PilotOpsException {

    private final List<Violation> violations;

    public InvalidInputException(List<Violation> violations) {
        super("problem.invalid-input.detail", violations.size());
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(Violation violation) {
        this(List.of(violation));
    }

    @Override
    public int status() {
        return 400;
    }

    @Override
    public String problemType() {
        return "invalid-input";
    }

    @Override
    public List<Violation> violations() {
        return violations;
    }
}

package org.pilotops.platform.problem;

import java.util.List;

/**
 * The input is well formed but collides with what is stored: a number already used in the city, a
 * referenced object that is gone, a record others still refer to. Nothing was stored.
 */
public class ConflictException extends PilotOpsException {

    private final List<Violation> violations;

    public ConflictException(List<Violation> violations) {
        super("problem.conflict.detail", violations.size());
        this.violations = List.copyOf(violations);
    }

    public ConflictException(Violation violation) {
        this(List.of(violation));
    }

    /**
     * A conflict whose detail says more than "conflicts with what is stored", e.g. which state of an
     * object allows the refused operation; the violations still name the fields concerned.
     */
    protected ConflictException(String detailKey, List<Violation> violations, Object... detailArgs) {
        super(detailKey, detailArgs);
        this.violations = List.copyOf(violations);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String problemType() {
        return "conflict";
    }

    @Override
    public List<Violation> violations() {
        return violations;
    }
}

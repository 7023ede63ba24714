package org.pilotops.cases.entity;

import java.util.List;
import java.util.Set;
import org.pilotops.platform.problem.ConflictException;
import org.pilotops.platform.problem.Violation;

/**
 * An action the case's state does not allow: 409. The detail says which states allow the action
 * ({@code case.refused.<ACTION>}); the violation on {@code status} says what the current state allows
 * ({@code case.state.<STATE>}).
 */
public class CaseTransitionRefusedException extends ConflictException {

    private final CaseAction action;
    private final CaseStatus current;

    public CaseTransitionRefusedException(CaseAction action, CaseStatus current) {
        super("case.refused." + action.name(), List.of(Violation.of("status", "case.state." + current.name())));
        this.action = action;
        this.current = current;
    }

    @Override
    public String problemType() {
        return "case-state";
    }

    public CaseAction action() {
        return action;
    }

    public CaseStatus current() {
        return current;
    }

    /** What the state allows instead. */
    public Set<CaseAction> allowed() {
        return current.allowedActions();
    }
}

package org.pilotops.summary.entity;

import java.util.List;
import java.util.Set;
import org.pilotops.platform.problem.ConflictException;
import org.pilotops.platform.problem.Violation;

/**
 * An action the summary's state does not allow: 409. The detail says which states allow the action
 * ({@code summary.refused.<ACTION>}); the violation on {@code status} says what the current state allows
 * ({@code summary.state.<STATE>}, or {@code summary.state.SUBMITTED.without-endorsement} in a year
 * without province endorsement), so the reader learns both what went wrong and what can be done.
 */
public class SummaryTransitionRefusedException extends ConflictException {

    private final SummaryAction action;
    private final SummaryStatus current;
    private final Set<SummaryAction> allowed;

    public SummaryTransitionRefusedException(SummaryAction action, SummaryStatus current, boolean provinceEndorsement) {
        super("summary.refused." + action.name(), List.of(Violation.of("status", stateKey(current, provinceEndorsement))));
        this.action = action;
        this.current = current;
        this.allowed = Set.copyOf(current.allowedActions(provinceEndorsement));
    }

    private static String stateKey(SummaryStatus current, boolean provinceEndorsement) {
        String key = "summary.state." + current.name();
        return current == SummaryStatus.SUBMITTED && !provinceEndorsement ? key + ".without-endorsement" : key;
    }

    @Override
    public String problemType() {
        return "summary-state";
    }

    /** The action refused. */
    public SummaryAction action() {
        return action;
    }

    /** The state that refused it. */
    public SummaryStatus current() {
        return current;
    }

    /** What the state allows instead. */
    public Set<SummaryAction> allowed() {
        return allowed;
    }
}

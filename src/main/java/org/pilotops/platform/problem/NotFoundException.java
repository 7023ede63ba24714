package org.pilotops.platform.problem;

/**
 * Nothing the caller may see is there. Also the answer for what exists but lies outside the caller's
 * scope, so that no one learns from the answer that another city's record exists.
 */
public class NotFoundException extends PilotOpsException {

    public NotFoundException() {
        super("problem.not-found.detail");
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String problemType() {
        return "not-found";
    }
}

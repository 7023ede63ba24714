package org.pilotops.platform.problem;

/** Someone else changed the object since the caller read it; the caller must reload and reapply. */
public class StaleVersionException extends PilotOpsException {

    public StaleVersionException(long expected, long actual) {
        super("problem.stale-version.detail", expected, actual);
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String problemType() {
        return "stale-version";
    }
}

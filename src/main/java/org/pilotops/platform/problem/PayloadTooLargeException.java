package org.pilotops.platform.problem;

/** A body or file above its limit: 413, so that nobody can make the server buffer without end. */
public class PayloadTooLargeException extends PilotOpsException {

    public PayloadTooLargeException(int limitBytes) {
        super("problem.too-large.detail", limitBytes);
    }

    @Override
    public int status() {
        return 413;
    }

    @Override
    public String problemType() {
        return "too-large";
    }
}

package org.pilotops.platform.problem;

/**
 * The caller may see the object but not do this to it, e.g. a reviewer editing a city's record. Only
 * used where the object is already visible, so the 403 reveals nothing new.
 */
public class OperationNotAllowedException extends PilotOpsException {

    public OperationNotAllowedException(String detailKey, Object... args) {
        super(detailKey, args);
    }

    @Override
    public int status() {
        return 403;
    }

    @Override
    public String problemType() {
        return "not-allowed";
    }
}

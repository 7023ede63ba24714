package org.pilotops.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * A refused request. Each subclass fixes the HTTP status and the problem type; the detail is a message
 * key so that it can be shown in the caller's language.
 */
public abstract class PilotOpsException extends RuntimeException {

    private final String detailKey;
    private final List<Object> detailArgs;

    protected PilotOpsException(String detailKey, Object... detailArgs) {
        super(detailKey, null, false, false);
        this.detailKey = detailKey;
        this.detailArgs = List.of(detailArgs);
    }

    /** HTTP status of the refusal. */
    public abstract int status();

    /** Last segment of the problem type URI and the key of its title. */
    public abstract String problemType();

    public String detailKey() {
        return detailKey;
    }

    public List<Object> detailArgs() {
        return detailArgs;
    }

    public List<Violation> violations() {
        return List.of();
    }

    /** Headers the answer carries besides the problem body, such as {@code Retry-After}. */
    public Map<String, String> headers() {
        return Map.of();
    }
}

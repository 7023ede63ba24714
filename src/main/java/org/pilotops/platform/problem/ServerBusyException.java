package org.pilotops.platform.problem;

import java.util.Map;

/**
 * A password was not checked because every turn for a password check stayed taken (the hash-check
 * gate): 503 with {@code Retry-After: 1}, the answer a sign-in gets. It costs the caller nothing.
 */
public class ServerBusyException extends PilotOpsException {

    public ServerBusyException() {
        super("problem.busy.detail");
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String problemType() {
        return "busy";
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", "1");
    }
}

package org.pilotops.platform.problem;

import java.util.Map;

/**
 * Another writer held what this write needed — a lock wait that timed out (MariaDB 1205) behind a long
 * import, or a deadlock still lost after the attempts — so nothing of it was stored: 503 with
 * {@code Retry-After: 2}. Not the caller's fault; the same request a moment later goes through. The API
 * answers it as a problem, a page as a message beside the form it keeps.
 */
public class ContendedException extends PilotOpsException {

    public ContendedException() {
        super("problem.contended.detail");
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String problemType() {
        return "contended";
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", "2");
    }
}

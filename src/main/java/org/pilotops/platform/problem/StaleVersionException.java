package org.pilotops.platform.problem;

/** Someone else changed the object since the caller read it; the caller must reload and reapply. */
public class StaleVersionException extends PilotOpsException {

    private final long expected;
    private final long actual;

    public StaleVersionException(long expected, long actual) {
        super("problem.stale-version.detail", expected, actual);
        this.expected = expected;
        this.actual = actual;
    }

    /** Names {@code version}, the field the caller must read again, as every refusal names its field. */
    @Override
    public java.util.List<Violation> violations() {
        return java.util.List.of(Violation.of("version", "field.version-stale", expected, actual));
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

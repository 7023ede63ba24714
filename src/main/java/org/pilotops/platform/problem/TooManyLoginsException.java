package org.pilotops.platform.problem;

import java.util.List;
import java.util.Map;

/**
 * A password was not checked because too many wrong ones were given for the account from this address
 * (the login throttle): 429 with {@code Retry-After}, the answer a sign-in gets, naming the field whose
 * password was refused unchecked.
 */
public class TooManyLoginsException extends PilotOpsException {

    private final String field;
    private final long retryAfterSeconds;

    public TooManyLoginsException(String field, long retryAfterSeconds) {
        super("problem.too-many-logins.detail", retryAfterSeconds);
        this.field = field;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public int status() {
        return 429;
    }

    @Override
    public String problemType() {
        return "too-many-logins";
    }

    @Override
    public List<Violation> violations() {
        return List.of(Violation.of(field, "password.not-checked-throttled"));
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
}

package org.pilotops.platform.mail;

import java.time.Duration;

/**
 * How long a mail waits after a failed attempt: one minute after the first, doubling each time, at most
 * six hours, so a short SMTP outage costs minutes and a long one does not hammer the server.
 */
public final class MailBackoff {

    static final Duration FIRST = Duration.ofMinutes(1);
    static final Duration LONGEST = Duration.ofHours(6);

    private MailBackoff() {
    }

    /** The wait after {@code failedAttempts} failures (1 = the first failure). */
    public static Duration after(int failedAttempts) {
        if (failedAttempts < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failedAttempts - 1, 20);
        Duration wait = FIRST.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}

package org.pilotops.platform.mail;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Tells an SMTP server that cannot be reached from a mail the server turned down. When no connection
 * could be made — refused, no route, unknown host, or the connect time-out — nothing of the mail left, and
 * the fault is the server's: the mail waits without spending an attempt, and a sender stops its batch,
 * since every other mail would wait out the same time-out. Anything else (a recipient refused, a message
 * rejected) is the mail's own failure and spends an attempt.
 *
 * <p>Jakarta Mail reports a failed connect as {@code MailConnectException} around a
 * {@code SocketConnectException} around the socket's own exception; both are implementation classes
 * (Angus Mail's {@code org.eclipse.angus.mail.util}, formerly {@code com.sun.mail.util}), so they are known
 * here by their simple names.
 */
final class SmtpOutage {

    private SmtpOutage() {
    }

    /** True when {@code failure}, or anything that caused it, says no connection to the server was made. */
    static boolean isOutage(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("MailConnectException") || name.equals("SocketConnectException")
                    || t instanceof ConnectException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException) {
                return true;
            }
            // A bare connect time-out; one while talking to the server is not an outage: the mail may have left.
            if (t instanceof SocketTimeoutException && t.getMessage() != null
                    && t.getMessage().toLowerCase(Locale.ROOT).contains("connect")) {
                return true;
            }
        }
        return false;
    }
}

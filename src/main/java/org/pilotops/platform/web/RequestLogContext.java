package org.pilotops.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.pilotops.platform.security.ClientAddress;

/**
 * Puts the request into every log line written while it is served, and logs each change through the API
 * as one line. {@code java.util.logging}, which Payara writes with, has no per-request context; the
 * thread's name is in every line (the JSON lines of {@code ops/logging.properties} carry it as
 * {@code ThreadName}), so the thread is named after the request — its id and its signed-in user — while
 * it serves it, and given its own name back afterwards. The id comes from the balancer's
 * {@code X-Request-Id} when a trusted proxy sends a sane one (a client's own is ignored), else is made
 * here, and goes back in the response, so a user's report, the balancer's log and this log meet.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestLogContext extends HttpFilter {

    static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "DELETE");
    private static final Logger LOG = Logger.getLogger(RequestLogContext.class.getName());

    @Inject
    ClientAddress clientAddress;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String asked = clientAddress.fromTrustedProxy(request) ? request.getHeader(REQUEST_ID) : null;
        String id = asked != null && SANE_ID.matcher(asked).matches() ? asked : UUID.randomUUID().toString().substring(0, 13);
        response.setHeader(REQUEST_ID, id);
        Principal user = request.getUserPrincipal();
        Thread thread = Thread.currentThread();
        String ownName = thread.getName();
        thread.setName(ownName + " [request " + id + (user == null ? "" : " user " + user.getName()) + "]");
        long started = System.nanoTime();
        try {
            chain.doFilter(request, response);
        } finally {
            if (CHANGES.contains(request.getMethod()) && request.getRequestURI().startsWith("/api/")) {
                // The audit trail keeps what changed; this line says who asked, how it ended and how long it took.
                LOG.log(Level.INFO, "{0} {1} {2} in {3} ms", new Object[]{request.getMethod(), request.getRequestURI(),
                        String.valueOf(response.getStatus()), String.valueOf((System.nanoTime() - started) / 1_000_000)});
            }
            thread.setName(ownName);
        }
    }
}

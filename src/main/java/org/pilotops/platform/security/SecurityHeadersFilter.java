package org.pilotops.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Headers that close whole classes of attack for every response: no framing (clickjacking), no MIME
 * sniffing, no referrer leaking record ids to other sites, no plugins, and a Content Security Policy
 * whose {@code script-src} allows neither inline script nor eval, so injected markup cannot run.
 * Portal pages run PrimeFaces in its CSP mode ({@code primefaces.CSP} in web.xml): it moves every inline
 * handler into scripts carrying a fresh nonce and sends this same policy with that nonce added to
 * {@code script-src}; its header then replaces ours. HSTS goes out whenever the client's request was
 * HTTPS, also when TLS ended at a trusted proxy in front of us ({@link ClientAddress#https}); browsers
 * ignore it over plain HTTP anyway.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    /**
     * The policy of every response. It ends with {@code script-src}, because PrimeFaces appends its nonce
     * to the end of the same policy (web.xml's {@code primefaces.CSP_POLICY}, which a test keeps equal).
     * Inline styles stay allowed: PrimeFaces positions its overlays with them, and styles cannot run code.
     * Images may be {@code blob:} URLs: the upload previews a chosen image from the user's own file.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'; script-src 'self'";
    static final String POLICY_HEADER = "Content-Security-Policy";

    @Inject
    ClientAddress clientAddress;

    private final boolean httpsOnly = HttpsOnly.configured();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader(POLICY_HEADER, CONTENT_SECURITY_POLICY);
        if (httpsOnly || clientAddress.https(request)) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        chain.doFilter(request, new PagePolicy(response));
    }

    /** Lets the policy PrimeFaces sends with its nonce replace ours instead of adding a second one. */
    private static final class PagePolicy extends HttpServletResponseWrapper {

        PagePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (POLICY_HEADER.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}

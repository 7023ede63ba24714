package org.pilotops.platform.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A portal reached only over HTTPS ({@code pilotops.http.https-only=true}, env
 * {@code PILOTOPS_HTTP_HTTPS_ONLY}) marks its session cookie {@code Secure}, so a browser never sends it
 * over plain HTTP. The container does that by itself when it terminates TLS; behind a TLS proxy it only
 * sees HTTP and cannot know, hence the setting, which the proxy's operator sets. HSTS follows the
 * request ({@link SecurityHeadersFilter}) and, with this setting, every response.
 */
@WebListener
public class HttpsOnly implements ServletContextListener {

    /** Whether the operator declared that clients reach the portal over HTTPS only. */
    public static boolean configured() {
        return ConfigProvider.getConfig().getOptionalValue("pilotops.http.https-only", Boolean.class).orElse(false);
    }

    @Override
    public void contextInitialized(ServletContextEvent event) {
        if (configured()) {
            event.getServletContext().getSessionCookieConfig().setSecure(true);
        }
    }
}

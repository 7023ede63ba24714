package org.pilotops.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Applies {@code ?lang=en|zh} of a page request to the session's {@link LanguageSwitch}. */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageParameterFilter extends HttpFilter {

    @Inject
    LanguageSwitch language;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        // Only a GET's query string is read: a POST's body belongs to JSF (web.xml makes every request
        // UTF-8 before anything reads it, so reading here would no longer garble it, but it is not ours).
        if ("GET".equals(request.getMethod())) {
            String asked = request.getParameter(LanguageSwitch.PARAMETER);
            if (asked != null) {
                language.use(asked);
            }
        }
        chain.doFilter(request, response);
    }
}

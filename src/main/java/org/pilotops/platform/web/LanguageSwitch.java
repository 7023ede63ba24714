package org.pilotops.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;
import org.pilotops.platform.i18n.Messages;

/**
 * The portal's language for this session: Simplified Chinese unless the user switches to English. The
 * switch is a plain link to the same page with {@code lang=en} or {@code lang=zh} (read by
 * {@link LanguageParameterFilter}), so the page keeps its own parameters, such as the kind and city of a
 * record list. Changing the display language is not worth protecting against cross-site requests.
 */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PARAMETER = "lang";

    private Locale locale = Messages.CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.equals(locale);
    }

    /** A name in the reader's language: the English one when English is asked for and there is one. */
    public String name(String zh, String en) {
        return isEnglish() && en != null ? en : zh;
    }

    void use(String language) {
        locale = "en".equalsIgnoreCase(language) ? Locale.ENGLISH : Messages.CHINESE;
    }

    /** This page again, in the other language. */
    public String getSwitchUrl() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String query = request.getParameterMap().entrySet().stream()
                .filter(e -> !e.getKey().equals(PARAMETER) && request.getQueryString() != null
                        && request.getQueryString().contains(e.getKey() + "="))
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()[0]))
                .collect(Collectors.joining("&"));
        return request.getRequestURI() + "?" + (query.isEmpty() ? "" : query + "&") + PARAMETER + "="
                + (isEnglish() ? "zh" : "en");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

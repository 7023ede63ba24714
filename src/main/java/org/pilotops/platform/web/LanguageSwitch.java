package org.pilotops.platform.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.pilotops.platform.i18n.Messages;

/** The portal's language for this session: Simplified Chinese unless the user switches to English. */
@Named
@SessionScoped
public class LanguageSwitch implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Messages.CHINESE;

    public Locale getLocale() {
        return locale;
    }

    public boolean isEnglish() {
        return Locale.ENGLISH.equals(locale);
    }

    public String toggle() {
        locale = isEnglish() ? Messages.CHINESE : Locale.ENGLISH;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
        String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
        return view + "?faces-redirect=true&includeViewParams=true";
    }
}

package org.pilotops.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Predicate;
import org.pilotops.platform.i18n.Messages;
import org.pilotops.platform.problem.PilotOpsException;
import org.pilotops.platform.problem.Violation;

/** Puts texts and refusals on the page, in the session's language, next to the field they concern. */
@RequestScoped
public class PageMessages {

    @Inject
    LanguageSwitch language;

    public String text(String key, Object... args) {
        return Messages.text(language.getLocale(), key, List.of(args));
    }

    /** A confirmation that survives the redirect after a successful post. */
    public void info(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, args));
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    public void error(String key, Object... args) {
        add(null, FacesMessage.SEVERITY_ERROR, text(key, args));
    }

    /** A refusal from a boundary: its detail on top, each violation beside its field. */
    public void refused(PilotOpsException refusal, String fieldIdPrefix) {
        refused(refusal, fieldIdPrefix, v -> false);
    }

    /**
     * The same, but violations that {@code placedElsewhere} has already put on the page (on one cell of a
     * table, say) are not repeated beside their field.
     */
    public void refused(PilotOpsException refusal, String fieldIdPrefix, Predicate<Violation> placedElsewhere) {
        add(null, FacesMessage.SEVERITY_ERROR, Messages.text(language.getLocale(), refusal.detailKey(),
                refusal.detailArgs()));
        for (Violation v : refusal.violations()) {
            if (!placedElsewhere.test(v)) {
                fieldError(fieldIdPrefix + v.field(), v);
            }
        }
    }

    public void fieldError(String clientId, Violation violation) {
        add(clientId, FacesMessage.SEVERITY_ERROR, Messages.text(language.getLocale(), violation));
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(severity, text, null));
        if (severity == FacesMessage.SEVERITY_ERROR) {
            context.validationFailed();
        }
    }
}

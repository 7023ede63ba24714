package org.pilotops.account.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.pilotops.account.boundary.AccountDirectory;
import org.pilotops.account.boundary.AccountDto;
import org.pilotops.account.boundary.AccountService;
import org.pilotops.account.control.PasswordPolicy;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.PilotOpsException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.web.PageMessages;

/**
 * {@code account/password.xhtml}: the signed-in user changes their own password. An account holding a
 * one-time password is sent here by the authentication mechanism until it has chosen its own.
 */
@Named
@ViewScoped
public class AccountPasswordView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor current;

    @Inject
    AccountService service;

    @Inject
    AccountDirectory accounts;

    @Inject
    PageMessages messages;

    private boolean required;
    private String currentPassword;
    private String chosen;
    private String repeated;

    @PostConstruct
    void load() {
        required = accounts.account(current.get().username()).map(AccountDto::passwordChangeRequired).orElse(false);
    }

    public void change() throws IOException {
        try {
            if (chosen != null && !chosen.equals(repeated)) {
                // Only the page asks twice; the API's client has its own way to be sure of what it sends.
                messages.refused(new InvalidInputException(
                        Violation.of("repeat", "password.repeat-mismatch")), "password:");
                return;
            }
            service.changeOwnPassword(current.get(), new AccountService.PasswordChangeForm(currentPassword, chosen));
        } catch (PilotOpsException refusal) {
            messages.refused(refusal, "password:");
            return;
        } finally {
            currentPassword = null;
            chosen = null;
            repeated = null;
        }
        messages.info("password.changed");
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/index.xhtml");
    }

    public boolean isRequired() {
        return required;
    }

    public int getMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }

    public String getCurrent() {
        return currentPassword;
    }

    public void setCurrent(String current) {
        this.currentPassword = current;
    }

    public String getChosen() {
        return chosen;
    }

    public void setChosen(String chosen) {
        this.chosen = chosen;
    }

    public String getRepeated() {
        return repeated;
    }

    public void setRepeated(String repeated) {
        this.repeated = repeated;
    }
}

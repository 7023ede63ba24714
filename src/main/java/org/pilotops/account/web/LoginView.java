package org.pilotops.account.web;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pilotops.platform.security.PilotOpsAuthentication;
import org.pilotops.platform.web.PageMessages;

/** {@code login.xhtml}: hands the credentials to the authentication mechanism, then goes home. */
@Named
@RequestScoped
public class LoginView {

    @Inject
    SecurityContext securityContext;

    @Inject
    PageMessages messages;

    private String username;
    private String password;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request,
                (HttpServletResponse) external.getResponse(),
                withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username == null ? "" : username.strip(),
                                new Password(password == null ? "" : password))));
        password = null;
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + "/index.xhtml");
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                Object reason = request.getAttribute(PilotOpsAuthentication.REFUSAL);
                Object retryAfter = request.getAttribute(PilotOpsAuthentication.RETRY_AFTER);
                String key = reason == null ? "login.failed" : reason.toString();
                if (retryAfter == null) {
                    messages.error(key);
                } else {
                    messages.error(key, retryAfter);
                }
            }
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

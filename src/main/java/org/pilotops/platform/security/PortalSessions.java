package org.pilotops.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The portal sessions of an account end when its password changes: each is stamped at sign-in with the
 * stored password hash it was verified against, and {@link PilotOpsAuthentication} ends a session whose
 * stamp no longer matches the account's row. Only the session that made the change is kept, stamped anew
 * here: whoever changed their own password is not sent to the sign-in page for it.
 */
@ApplicationScoped
public class PortalSessions {

    @Inject
    HttpServletRequest request;

    /**
     * Call in the request that stored a new password hash for {@code username}: when that request comes from
     * a portal session of the same account, the session stays signed in. Any other session, and every
     * session when the request came through the API (which has none), is ended at its next request.
     */
    public void keepCurrent(String username, String newPasswordHash) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(PilotOpsAuthentication.SESSION_LOGIN)
                instanceof PilotOpsAuthentication.PortalLogin login && login.callerName().equals(username)) {
            session.setAttribute(PilotOpsAuthentication.SESSION_LOGIN, login.restamped(newPasswordHash));
        }
    }
}

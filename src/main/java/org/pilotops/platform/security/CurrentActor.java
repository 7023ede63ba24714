package org.pilotops.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.pilotops.platform.problem.OperationNotAllowedException;

/**
 * The actor of the current request, read once per request: the authentication mechanism has read the
 * account of every protected request already (to check its standing) and {@linkplain #keep keeps} the
 * actor in the request, so the boundaries do not read it again.
 */
@RequestScoped
public class CurrentActor {

    private static final String KEPT = CurrentActor.class.getName();

    @Inject
    SecurityContext securityContext;

    @Inject
    ActorDirectory directory;

    @Inject
    HttpServletRequest request;

    private Actor actor;

    /** Keeps the actor the authentication mechanism read for this request. */
    static void keep(HttpServletRequest request, Actor actor) {
        request.setAttribute(KEPT, actor);
    }

    public Actor get() {
        if (actor == null) {
            Principal caller = securityContext.getCallerPrincipal();
            if (caller == null) {
                throw new OperationNotAllowedException("problem.not-signed-in.detail");
            }
            actor = request.getAttribute(KEPT) instanceof Actor kept && kept.username().equals(caller.getName())
                    ? kept
                    : directory.caller(caller.getName()).map(ActorDirectory.Caller::actor)
                            .orElseThrow(() -> new OperationNotAllowedException("problem.account-disabled.detail"));
        }
        return actor;
    }

    public boolean signedIn() {
        return securityContext.getCallerPrincipal() != null;
    }
}

package org.pilotops.platform.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.pilotops.platform.problem.OperationNotAllowedException;

/** The actor of the current request, looked up once per request. */
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityContext securityContext;

    @Inject
    ActorDirectory directory;

    private Actor actor;

    public Actor get() {
        if (actor == null) {
            Principal caller = securityContext.getCallerPrincipal();
            if (caller == null) {
                throw new OperationNotAllowedException("problem.not-signed-in.detail");
            }
            actor = directory.actorFor(caller.getName())
                    .orElseThrow(() -> new OperationNotAllowedException("problem.account-disabled.detail"));
        }
        return actor;
    }

    public boolean signedIn() {
        return securityContext.getCallerPrincipal() != null;
    }
}

package org.pilotops.platform.security;

import java.util.Optional;

/**
 * Turns a signed-in caller name into an {@link Actor}. Implemented by the account feature; declared here
 * so that the platform, which every feature uses, depends on no feature.
 */
public interface ActorDirectory {

    /**
     * The enabled account of this name, or empty when there is none (disabled, removed). Read on every
     * protected request, so it is one query with the roles; the request keeps what it read
     * ({@link CurrentActor}).
     */
    Optional<Caller> caller(String username);

    /**
     * An enabled account as a request reads it: the actor it acts as, whether it must change its password
     * first, and its stored password hash — which changes with the password, so a credential remembered on
     * any node can be checked against it ({@link VerifiedCredentials}).
     */
    record Caller(Actor actor, boolean mustChangePassword, String passwordHash) {

        /** The standing of the account read, empty meaning gone. */
        public static AccountStanding standing(Optional<Caller> caller) {
            return caller.map(c -> c.mustChangePassword() ? AccountStanding.PASSWORD_CHANGE_REQUIRED : AccountStanding.ACTIVE)
                    .orElse(AccountStanding.GONE);
        }
    }
}

package org.pilotops.platform.security;

import java.util.Optional;

/**
 * Turns a signed-in caller name into an {@link Actor}. Implemented by the account feature; declared here
 * so that the platform, which every feature uses, depends on no feature.
 */
public interface ActorDirectory {

    /** The enabled account of this name as an actor, or empty when there is none. */
    Optional<Actor> actorFor(String username);

    /** The standing of the account of this name: one indexed row, cheap enough for every request. */
    AccountStanding standing(String username);
}

package org.pilotops.platform.security;

/**
 * Whether a caller who proved who they are earlier (a portal session, a remembered API credential) may
 * go on. Read on each request, so disabling an account or resetting its password takes effect at once on
 * every node, whatever sessions and credential caches still hold.
 */
public enum AccountStanding {
    /** Enabled, nothing pending. */
    ACTIVE,
    /** Enabled, but signed in with a one-time password: may only change it. */
    PASSWORD_CHANGE_REQUIRED,
    /** Disabled, or no such account. */
    GONE
}

/**
 * Accounts of the portal and the API: who may sign in, with which roles, bound to which city, province or
 * agency; the identity store that checks passwords; the administrator's account management with one-time
 * passwords; the password rules; every user's own password change and {@code /api/v1/me}; the first
 * administrator of a configured database.
 */
package org.pilotops.account;

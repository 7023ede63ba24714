/**
 * Accounts of the portal and the API: who may sign in, with which roles, bound to which city, province or
 * agency; the identity store that checks passwords; the current user's page and {@code /api/v1/me}.
 */
package org.pilotops.account;

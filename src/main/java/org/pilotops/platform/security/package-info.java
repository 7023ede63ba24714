/**
 * Who is calling and what they may see. Authentication is Jakarta Security with the accounts kept in
 * MariaDB (form login for the portal, HTTP Basic for {@code /api/v1}); scope is decided by
 * {@link org.pilotops.platform.security.Actor} on the server for every read and write. Browsers replay
 * Basic credentials, so the API takes changes only in requests no other site's page can send
 * ({@link org.pilotops.platform.security.CrossSiteRequestFilter}).
 */
package org.pilotops.platform.security;

/**
 * IP protection (pilot content 3): rapid rights-protection centres and IP protection centres placed in
 * the SME-cluster parks, and the cases they accept, close and mediate each year.
 */
package org.pilotops.protection;

/** SME IP service agencies, the pilot cities each serves, and their patent attorneys. */
package org.pilotops.agency;

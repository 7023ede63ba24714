/** The home page of each role: who you are, which cities you follow, where to start. */
package org.pilotops.home;

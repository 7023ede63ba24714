/**
 * Provinces (省级单位), pilot cities and their SME-cluster parks: the programme's reference data, and the
 * compliance flags the notice's admission rules give rise to.
 */
package org.pilotops.city;

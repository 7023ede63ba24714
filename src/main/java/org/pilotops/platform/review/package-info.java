/**
 * What the reviews of the programme's documents share — an annual summary's and a typical case's: the
 * comment a reviewer or the city gives with a step.
 */
package org.pilotops.platform.review;

/**
 * The application clock (SPEC §9): the one "now" that every date rule of the programme reads — due dates,
 * on-time flags, reminders, "this year" on the home pages.
 */
package org.pilotops.platform.time;

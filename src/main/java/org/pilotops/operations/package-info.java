/**
 * The administrator's operations pages ({@code webapp/operations/}): the scheduled jobs and their runs, the
 * mail outbox, and the check of the kept figures against a recount. What they show is the platform's
 * (scheduling, mail, record tallies); this feature is only their pages.
 */
package org.pilotops.operations;

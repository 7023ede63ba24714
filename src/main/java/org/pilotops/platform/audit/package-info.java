/** The audit trail: who changed what, when, and the state before and after. Reviewers can read it. */
package org.pilotops.platform.audit;

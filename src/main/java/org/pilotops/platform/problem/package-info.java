/**
 * The one business-exception hierarchy. Boundaries throw these; {@code platform.rest} maps them once to
 * {@code application/problem+json} and the portal shows them as messages, both in the user's language.
 */
package org.pilotops.platform.problem;

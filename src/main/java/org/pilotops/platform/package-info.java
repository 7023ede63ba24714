/**
 * What every feature shares: persistence and schema migration, security and scope, problem responses,
 * audit, and the record mechanism that the seven record kinds are built on. Depends on no feature.
 */
package org.pilotops.platform;

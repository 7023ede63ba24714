/**
 * The mechanism the seven record kinds share. A kind declares its entity (a {@link
 * org.pilotops.platform.record.CityRecord}) and a {@link org.pilotops.platform.record.RecordKind} that
 * lists its fields; scoping, paging, sorting, filtering, JSON, audit, locking and problem responses are
 * then built once, here and in {@code record.boundary} and {@code record.web}.
 */
package org.pilotops.platform.record;

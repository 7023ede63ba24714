/**
 * The mechanism the seven record kinds share. A kind declares its entity (a {@link
 * org.pilotops.platform.record.CityRecord}) and a {@link org.pilotops.platform.record.RecordKind} that
 * lists its fields; scoping, paging, sorting, filtering, JSON, audit, locking and problem responses are
 * then built once, here and in {@code platform.record.boundary}, with the pages in {@code records.web} and
 * the resource in {@code records.boundary}.
 */
package org.pilotops.platform.record;

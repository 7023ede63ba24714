/**
 * What a record kind is made of, and nothing more: the entity's common part ({@link
 * org.pilotops.platform.record.CityRecord}, the SME it names, {@link org.pilotops.platform.record.Sme}), the
 * descriptor ({@link org.pilotops.platform.record.RecordKind} with its {@link
 * org.pilotops.platform.record.RecordField}s) and the rules a record answers to wherever it is written (a
 * year's lock, a hold by a reviewed case). A kind's package depends on this and on {@code platform.field};
 * the machinery that lists, writes, imports, exports and counts every kind is the {@code records} feature,
 * which features reach through {@code records.boundary}. Nothing here touches the database, the API or pages.
 */
package org.pilotops.platform.record;

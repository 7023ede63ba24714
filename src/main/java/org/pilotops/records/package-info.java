/**
 * The one record feature: every kind through one set of entry points, driven by the kind's {@link
 * org.pilotops.platform.record.RecordKind}. {@code boundary}: the service that lists, reads, writes and
 * deletes with scope, locks and audit ({@code RecordService}), the import and export, the live aggregates
 * ({@code RecordTallies}) and {@code /api/v1/cities/{cityId}/{kind}}; {@code control}: reading and writing
 * CSV and XLSX record files; {@code web}: the list, form and import pages.
 */
package org.pilotops.records;

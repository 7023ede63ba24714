/**
 * Every record kind through one set of entry points: {@code /api/v1/cities/{cityId}/{kind}} and the
 * portal's record list and form, both driven by the kind's {@link org.pilotops.platform.record.RecordKind}.
 */
package org.pilotops.records;

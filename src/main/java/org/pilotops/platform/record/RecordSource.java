package org.pilotops.platform.record;

/** Where a record came from: typed in the portal by a city or an agency, imported from a file, or sent by API. */
public enum RecordSource {
    CITY, AGENCY, IMPORT, API
}

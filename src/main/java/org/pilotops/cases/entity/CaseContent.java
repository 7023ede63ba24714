package org.pilotops.cases.entity;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What a city writes in a typical case, as one piece: saving replaces all of it, so a text left out is a
 * text emptied and a link left out is a link removed. Blank texts count as not written.
 *
 * @param year  the reporting year the case reports on; checked against the city's pilot period by the service
 * @param links the backing records, already checked to exist in the case's city; duplicates are dropped
 */
public record CaseContent(int year, CaseArea area, String title, String background, String measures, String results,
                          List<CaseRecordLink> links) {

    public CaseContent {
        links = links == null ? List.of() : List.copyOf(new LinkedHashSet<>(new ArrayList<>(links)));
    }
}

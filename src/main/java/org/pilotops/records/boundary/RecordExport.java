package org.pilotops.records.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Map;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.security.Actor;
import org.pilotops.records.control.RecordFile;

/**
 * Exports a city's records of one kind as CSV or XLSX, with the scope of a list: agency staff get their
 * agency's records only, a city nobody may see is "not found" before a byte is written. The file is one
 * snapshot in id order, streamed as it is read ({@link RecordService#readSnapshot}), so an export of any
 * size costs one pass over its rows and the memory of a batch of them.
 */
@ApplicationScoped
public class RecordExport {

    @Inject
    RecordReads records;

    /** The file's name and a body that writes it; the records are read when it is written. */
    public record Exported(String fileName, StreamingOutput body) {
    }

    public <E extends CityRecord> Exported export(Actor actor, RecordKind<E> kind, long cityId, Integer year,
                                                  RecordFile format) {
        // Refused here, while the answer can still be a problem rather than a broken file.
        records.requireListable(actor, kind, cityId, new RecordQuery(year, 0, 1, "id", false, Map.of()));
        String name = kind.path() + "-" + cityId + "-" + (year == null ? "all" : year) + "." + format.format().extension();
        return new Exported(name, out -> records.readSnapshot(actor, kind, cityId, year,
                rows -> format.write(kind, rows, out)));
    }
}

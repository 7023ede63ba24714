package org.pilotops.platform.record.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordFile;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.record.RecordQuery;
import org.pilotops.platform.security.Actor;

/**
 * Exports a city's records of one kind as CSV or XLSX, with the scope of a list: agency staff get their
 * agency's records only, a city nobody may see is "not found" before a byte is written.
 */
@ApplicationScoped
public class RecordExport {

    @Inject
    RecordService records;

    /** The file's name and a body that writes it; the records are read when it is written. */
    public record Exported(String fileName, StreamingOutput body) {
    }

    public <E extends CityRecord> Exported export(Actor actor, RecordKind<E> kind, long cityId, Integer year,
                                                  RecordFile format) {
        long total = records.count(actor, kind, cityId, pageOf(year, 0)); // refuses before anything is written
        String name = kind.path() + "-" + cityId + "-" + (year == null ? "all" : year) + "." + format.extension();
        return new Exported(name, out -> format.write(kind, pages(actor, kind, cityId, year, total), out));
    }

    /** The records one page at a time, so an export of any size holds one page in memory. */
    private <E extends CityRecord> Iterable<E> pages(Actor actor, RecordKind<E> kind, long cityId, Integer year,
                                                     long total) {
        return () -> new Iterator<>() {
            private int page;
            private Iterator<E> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext() && (long) page * RecordQuery.MAX_SIZE < total) {
                    current = records.list(actor, kind, cityId, pageOf(year, page++)).items().iterator();
                }
                return current.hasNext();
            }

            @Override
            public E next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private static RecordQuery pageOf(Integer year, int page) {
        return new RecordQuery(year, page, RecordQuery.MAX_SIZE, "id", false, Map.of());
    }
}

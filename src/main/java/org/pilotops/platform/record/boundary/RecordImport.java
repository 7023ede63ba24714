package org.pilotops.platform.record.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.pilotops.platform.audit.AuditEntry.Action;
import org.pilotops.platform.audit.AuditLog;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordField;
import org.pilotops.platform.record.RecordFile;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.record.RecordSource;
import org.pilotops.platform.security.Actor;

/**
 * Imports a CSV or XLSX file of one kind's records for one city. Every row is read and checked exactly as
 * a record logged through the API would be ({@link RecordService#prepare}), plus uniqueness within the
 * file. A dry run only reports. A real import checks the whole file first and stores all rows or none,
 * in one transaction, flushing in batches so that 100,000 rows never sit in memory together; it is
 * audited as one entry naming the kind, the city and the number of records. The file is read twice
 * rather than held: it lies in a temporary file the caller owns.
 */
@ApplicationScoped
public class RecordImport {

    static final int MAX_LISTED = 1000;
    static final int MAX_ROWS = 200_000;
    private static final int BATCH = 500;

    @Inject
    RecordService records;

    @Inject
    AuditLog auditLog;

    @PersistenceContext
    EntityManager em;

    /** Checks every row and reports; stores nothing. {@code progress} hears the number of rows read. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public <E extends CityRecord> ImportReport check(Actor actor, RecordKind<E> kind, long cityId, Path file,
                                                     RecordFile format, IntConsumer progress) {
        records.requireMayLog(actor, kind, cityId);
        Checked checked = checkAll(actor, kind, cityId, file, format, progress);
        return new ImportReport(true, false, checked.total, checked.total - checked.rejected, checked.rejected,
                checked.problems);
    }

    /**
     * Stores every row, or none when any row is wrong (then the refusal lists the rows, as a dry run
     * would). {@code progress} hears the rows read while checking, then the rows stored.
     */
    @Transactional
    public <E extends CityRecord> ImportReport store(Actor actor, RecordKind<E> kind, long cityId, Path file,
                                                     RecordFile format, IntConsumer progress) {
        records.requireMayLog(actor, kind, cityId);
        Checked checked = checkAll(actor, kind, cityId, file, format, progress);
        if (checked.rejected > 0 || checked.total == 0) {
            throw new InvalidInputException(checked.total == 0
                    ? List.of(Violation.of("file", "file.no-rows")) : checked.problems);
        }
        long[] stored = {0};
        format.read(file, kind, (row, values) -> {
            E record = records.prepare(actor, kind, cityId, kind.readText(values), RecordSource.IMPORT);
            em.persist(record);
            if (++stored[0] % BATCH == 0) {
                em.flush();
                em.clear();
                progress.accept((int) stored[0]);
            }
        });
        em.flush();
        progress.accept((int) stored[0]);
        auditLog.record(actor.username(), Action.IMPORT, kind.path(), 0, cityId, null, Json.createObjectBuilder()
                .add("records", stored[0]).add("format", format.name()).add("source", RecordSource.IMPORT.name())
                .build());
        return new ImportReport(false, true, checked.total, checked.total, 0, List.of());
    }

    private record Checked(int total, int rejected, List<Violation> problems) {
    }

    private <E extends CityRecord> Checked checkAll(Actor actor, RecordKind<E> kind, long cityId, Path file,
                                                    RecordFile format, IntConsumer progress) {
        List<Violation> problems = new ArrayList<>();
        int[] counts = {0, 0};
        Map<String, Set<Object>> seen = new HashMap<>();
        kind.uniqueWithinCity().forEach(name -> seen.put(name, new HashSet<>()));
        format.read(file, kind, (row, values) -> {
            if (++counts[0] > MAX_ROWS) {
                throw new InvalidInputException(Violation.of("file", "file.too-many-rows", MAX_ROWS));
            }
            List<Violation> wrong = new ArrayList<>();
            try {
                E record = records.prepare(actor, kind, cityId, kind.readText(values), RecordSource.IMPORT);
                for (Map.Entry<String, Set<Object>> unique : seen.entrySet()) {
                    RecordField<E, ?> field = kind.field(unique.getKey()).orElseThrow();
                    if (!unique.getValue().add(field.read(record))) {
                        wrong.add(Violation.of(field.name(), "file.duplicate-in-file", field.text(record)));
                    }
                }
            } catch (InvalidInputException refused) {
                wrong.addAll(refused.violations());
            }
            if (!wrong.isEmpty()) {
                counts[1]++;
                for (Violation v : wrong) {
                    if (problems.size() < MAX_LISTED) {
                        problems.add(v.atRow(row));
                    }
                }
            }
            if (counts[0] % BATCH == 0) {
                progress.accept(counts[0]);
            }
        });
        progress.accept(counts[0]);
        return new Checked(counts[0], counts[1], problems);
    }
}

package org.pilotops.platform.record.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import java.util.UUID;
import java.util.function.IntConsumer;
import org.pilotops.platform.audit.AuditEntry;
import org.pilotops.platform.audit.AuditEntry.Action;
import org.pilotops.platform.audit.AuditLog;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.PilotOpsException;
import org.pilotops.platform.problem.StaleVersionException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordField;
import org.pilotops.platform.record.RecordFile;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.record.RecordSource;
import org.pilotops.platform.security.Actor;

/**
 * Imports a CSV or XLSX file of one kind's records for one city. A row without {@code id} logs a new
 * record; a row with the {@code id} of one of the city's records of this kind (as an export writes it)
 * corrects that record, only if nobody changed it since the export when the row carries its
 * {@code version}. So a city can export, correct in Excel and import again without duplicating a row.
 * Every row is read and checked exactly as the API would check it ({@link RecordService#prepare},
 * {@link RecordService#revise}), plus uniqueness within the file.
 * <p>
 * A dry run only reports what would be created, updated, left unchanged and rejected. A real import
 * checks the whole file first and stores all rows or none, in one transaction, flushing in batches so
 * that 100,000 rows never sit in memory together; each record it creates or updates gets its own audit
 * entry (source {@code IMPORT}, one import id for the file), written as a JDBC batch with its records.
 * The file is read twice rather than held: it lies in a temporary file the caller owns.
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

    @jakarta.annotation.Resource
    jakarta.transaction.TransactionSynchronizationRegistry transaction;

    /**
     * Checks every row and reports; stores nothing. {@code progress} hears the number of rows read.
     * It runs in a transaction that is always rolled back: the portal's check runs in the managed
     * executor, where EntityManagers opened outside a transaction are closed twice (by the task and by
     * the request whose context it carries), which failed the request that started the check; and the
     * rows it corrects on loaded records must never reach the database.
     */
    @Transactional
    public <E extends CityRecord> ImportReport check(Actor actor, RecordKind<E> kind, long cityId, Path file,
                                                     RecordFile format, IntConsumer progress) {
        try {
            records.requireMayLog(actor, kind, cityId);
            return checkAll(actor, kind, cityId, file, format, progress).report(true, false, null);
        } finally {
            transaction.setRollbackOnly();
        }
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
        String importId = UUID.randomUUID().toString();
        Batch<E> batch = new Batch<>(actor, kind, importId);
        int[] read = {0};
        format.read(file, kind, (row, values) -> {
            Long id = idOf(values);
            if (id == null) {
                E record = records.prepare(actor, kind, cityId, kind.readText(values), RecordSource.IMPORT);
                em.persist(record);
                batch.add(record, null);
            } else {
                var revision = records.revise(actor, kind, cityId, id, versionOf(values), kind.readText(values));
                if (revision.changed()) {
                    batch.add(revision.record(), revision.before());
                }
            }
            if (++read[0] % BATCH == 0) {
                batch.write();
                progress.accept(read[0]);
            }
        });
        batch.write();
        progress.accept(read[0]);
        return checked.report(false, true, importId);
    }

    /** The records of one batch and their state before, written and audited together, then let go. */
    private final class Batch<E extends CityRecord> {
        private final Actor actor;
        private final RecordKind<E> kind;
        private final String importId;
        private final List<E> changed = new ArrayList<>();
        private final List<JsonObject> before = new ArrayList<>();

        Batch(Actor actor, RecordKind<E> kind, String importId) {
            this.actor = actor;
            this.kind = kind;
            this.importId = importId;
        }

        void add(E record, JsonObject stateBefore) {
            changed.add(record);
            before.add(stateBefore);
        }

        void write() {
            records.write(kind, null, 0, () -> { });
            List<AuditEntry> entries = new ArrayList<>(changed.size());
            for (int i = 0; i < changed.size(); i++) {
                entries.add(records.entry(actor, before.get(i) == null ? Action.CREATE : Action.UPDATE,
                        RecordSource.IMPORT, importId, kind, changed.get(i), before.get(i)));
            }
            auditLog.recordAll(entries);
            changed.clear();
            before.clear();
            em.clear();
        }
    }

    private static final class Checked {
        int total;
        int created;
        int updated;
        int unchanged;
        int rejected;
        final List<Violation> problems = new ArrayList<>();

        ImportReport report(boolean dryRun, boolean stored, String importId) {
            return new ImportReport(dryRun, stored, total, created, updated, unchanged, rejected, problems, importId);
        }
    }

    private <E extends CityRecord> Checked checkAll(Actor actor, RecordKind<E> kind, long cityId, Path file,
                                                    RecordFile format, IntConsumer progress) {
        Checked checked = new Checked();
        Map<String, Set<Object>> seen = new HashMap<>();
        kind.uniqueWithinCity().forEach(name -> seen.put(name, new HashSet<>()));
        Set<Long> ids = new HashSet<>();
        format.read(file, kind, (row, values) -> {
            if (++checked.total > MAX_ROWS) {
                throw new InvalidInputException(Violation.of("file", "file.too-many-rows", MAX_ROWS));
            }
            List<Violation> wrong = new ArrayList<>();
            Long id = null;
            boolean update = false;
            boolean changed = false;
            try {
                id = idOf(values);
                E record;
                if (id == null) {
                    record = records.prepare(actor, kind, cityId, kind.readText(values), RecordSource.IMPORT);
                } else {
                    if (!ids.add(id)) {
                        throw new InvalidInputException(Violation.of("id", "file.duplicate-in-file", id));
                    }
                    var revision = records.checkRevision(actor, kind, cityId, id, versionOf(values), kind.readText(values));
                    record = revision.record();
                    update = true;
                    changed = revision.changed();
                }
                for (Map.Entry<String, Set<Object>> unique : seen.entrySet()) {
                    RecordField<E, ?> field = kind.field(unique.getKey()).orElseThrow();
                    Object value = field.read(record);
                    if (value != null && !unique.getValue().add(value)) {
                        wrong.add(Violation.of(field.name(), "file.duplicate-in-file", field.text(record)));
                    }
                }
            } catch (NotFoundException unknown) {
                wrong.add(Violation.of("id", "import.unknown-id", id));
            } catch (StaleVersionException stale) {
                wrong.add(new Violation("version", 0, "import.stale-version", stale.detailArgs()));
            } catch (PilotOpsException refused) {
                wrong.addAll(refused.violations().isEmpty()
                        ? List.of(new Violation("id", 0, refused.detailKey(), refused.detailArgs()))
                        : refused.violations());
            }
            if (!wrong.isEmpty()) {
                checked.rejected++;
                for (Violation v : wrong) {
                    if (checked.problems.size() < MAX_LISTED) {
                        checked.problems.add(v.atRow(row));
                    }
                }
            } else if (!update) {
                checked.created++;
            } else if (changed) {
                checked.updated++;
            } else {
                checked.unchanged++;
            }
            if (checked.total % BATCH == 0) {
                progress.accept(checked.total);
            }
        });
        progress.accept(checked.total);
        return checked;
    }

    /** The {@code id} column of a row, when the row names a stored record. */
    private static Long idOf(Map<String, String> values) {
        return number(values, "id");
    }

    /** The {@code version} column of a row, when the row says which version it corrects. */
    private static Long versionOf(Map<String, String> values) {
        return number(values, "version");
    }

    private static Long number(Map<String, String> values, String column) {
        String text = values.get(column);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Violation.of(column, "field.reference-format", text.strip()));
        }
    }
}

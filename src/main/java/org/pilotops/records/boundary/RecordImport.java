package org.pilotops.records.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;
import org.pilotops.platform.audit.AuditEntry.Action;
import org.pilotops.platform.audit.AuditEntry;
import org.pilotops.platform.audit.AuditLog;
import org.pilotops.platform.idempotency.IdempotencyKey;
import org.pilotops.platform.idempotency.IdempotencyKeys;
import org.pilotops.platform.persistence.RetriedOnDeadlock;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.PilotOpsException;
import org.pilotops.platform.problem.StaleVersionException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordField;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.record.RecordSource;
import org.pilotops.platform.record.RecordValues;
import org.pilotops.platform.security.Actor;
import org.pilotops.records.control.RecordFile;

/**
 * Imports a CSV or XLSX file of one kind's records for one city. A row without {@code id} logs a new
 * record; a row with the {@code id} of one of the city's records of this kind (as an export writes it)
 * corrects that record, only if nobody changed it since the export when the row carries its
 * {@code version}. So a city can export, correct in Excel and import again without duplicating a row.
 * Every row is read and checked exactly as the API would check it ({@link RecordService#prepare},
 * {@link RecordService#checkRevision}), plus uniqueness within the file.
 * <p>
 * A dry run only reports what would be created, updated, left unchanged and rejected. A real import reads
 * and checks the file once, keeping each good row in the form it will be written ({@link StagedRecords},
 * on disk, so 200,000 rows never sit in memory); only when every row is good does it write them, all in
 * one transaction, so all rows are stored or none. New records go in as multi-row inserts and corrections
 * as a JDBC batch through {@link RecordTable}, past JPA, whose IDENTITY keys would insert them one
 * statement at a time; each record it creates or updates gets its own audit entry (source {@code IMPORT},
 * one import id for the file), written as a JDBC batch with its records. The rows go through the kind's
 * ordinary tables, so their triggers see every one.
 */
@ApplicationScoped
@RetriedOnDeadlock
public class RecordImport {

    static final int MAX_LISTED = 1000;
    static final int MAX_ROWS = 200_000;
    /** How often a running check or import tells its progress, in rows. */
    private static final int PROGRESS_EVERY = 500;
    /**
     * Rows written per statement: a multi-row insert of this many rows is one round trip and one parse
     * (the raw JDBC baseline of ops/bench uses the same), and a few hundred kilobytes of SQL at most.
     */
    static final int CHUNK = 1000;
    /** How a new record's audit state starts before the database has given it its id. */
    private static final String NO_ID_YET = "{\"id\":null,";

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    RecordService records;

    @Inject
    RecordLocks yearLocks;

    @Inject
    AuditLog auditLog;

    @Inject
    ConstraintProblems constraintProblems;

    /** Checks what JPA checks before it writes a row, since the batch path writes past JPA. */
    @Inject
    Validator validator;

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
            return checkAll(actor, kind, cityId, file, format, progress, null).report(true, false, null);
        } finally {
            transaction.setRollbackOnly();
        }
    }

    /**
     * Stores every row, or none when any row is wrong (then the refusal lists the rows, as a dry run
     * would). {@code progress} hears the rows read while checking, then the rows written.
     */
    @Transactional
    public <E extends CityRecord> ImportReport store(Actor actor, RecordKind<E> kind, long cityId, Path file,
                                                     RecordFile format, IntConsumer progress) {
        return stored(actor, kind, cityId, file, format, progress);
    }

    /** An import stored, and whether it was stored now or by an earlier request under the same key. */
    public record Stored(ImportReport report, boolean replayed) {
    }

    /**
     * {@link #store} once per {@code Idempotency-Key}: the key is taken first in the import's transaction, so
     * a repeat waits for the first import and then gets its report, and nothing is stored again; the key
     * with another file is refused naming the header. The report is kept with the key.
     */
    @Transactional
    public <E extends CityRecord> Stored storeOnce(Actor actor, RecordKind<E> kind, long cityId, Path file,
                                                   RecordFile format, IdempotencyKey key) {
        Optional<IdempotencyKeys.Earlier> earlier = idempotencyKeys.take(actor.username(), key, "import:" + kind.path());
        if (earlier.isPresent()) {
            records.requireMayLog(actor, kind, cityId);
            return new Stored(ImportReport.ofKept(earlier.get().answer()), true);
        }
        ImportReport report = stored(actor, kind, cityId, file, format, rows -> { });
        idempotencyKeys.answer(actor.username(), key, report.kept());
        return new Stored(report, false);
    }

    private <E extends CityRecord> ImportReport stored(Actor actor, RecordKind<E> kind, long cityId, Path file,
                                                       RecordFile format, IntConsumer progress) {
        records.requireMayLog(actor, kind, cityId);
        try (StagedRecords staged = StagedRecords.create()) {
            Checked checked = checkAll(actor, kind, cityId, file, format, progress, staged);
            if (checked.rejected > 0 || checked.total == 0) {
                throw new InvalidInputException(checked.total == 0
                        ? List.of(Violation.of("file", "file.no-rows")) : checked.problems);
            }
            String importId = UUID.randomUUID().toString();
            write(actor, kind, cityId, importId, staged, progress);
            return checked.report(false, true, importId);
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

    /**
     * Reads and checks every row, counting and listing what is wrong; with {@code staged}, keeps every good
     * row that changes something for {@link #write}, until the first bad row makes keeping pointless. Rows
     * are checked a chunk at a time, so that whether their unique numbers are taken in the city is one
     * question to the database per chunk rather than one per row; each row is still judged on its own, in
     * the order of the file, exactly as {@link RecordService#prepare} judges one record.
     */
    private <E extends CityRecord> Checked checkAll(Actor actor, RecordKind<E> kind, long cityId, Path file,
                                                    RecordFile format, IntConsumer progress, StagedRecords staged) {
        // The city's year locks first, before any row: the answer is kept for the transaction (a storing
        // import holds a shared lock on the city's summaries; a dry run holds none), and once a row is refused
        // the transaction is marked for rollback, after which it could ask the database nothing more.
        yearLocks.lockedYears(actor, cityId, staged != null);
        Checking<E> checking = new Checking<>(actor, kind, cityId, progress, staged);
        List<Pending> chunk = new ArrayList<>(CHUNK);
        try {
            format.read(file, kind, (row, values) -> {
                if (++checking.checked.total > MAX_ROWS) {
                    throw new InvalidInputException(Violation.of("file", "file.too-many-rows", MAX_ROWS));
                }
                chunk.add(new Pending(row, values, kind));
                if (chunk.size() == CHUNK) {
                    checking.checkCarried(chunk);
                    chunk.clear();
                }
            });
        } catch (CheckFailed failed) {
            throw failed.getCause();
        }
        checking.check(chunk);
        progress.accept(checking.checked.total);
        return checking.checked;
    }

    /**
     * A row read but not yet judged, with its cells read into values already (or why they could not be),
     * so that a chunk's unique numbers can be asked about before its rows are judged.
     */
    private static final class Pending {
        final int row;
        final Map<String, String> texts;
        private final RecordValues values;
        private final PilotOpsException unreadable;

        Pending(int row, Map<String, String> texts, RecordKind<?> kind) {
            this.row = row;
            this.texts = texts;
            RecordValues read = null;
            PilotOpsException refused = null;
            try {
                read = kind.readText(texts);
            } catch (PilotOpsException e) {
                refused = e;
            }
            this.values = read;
            this.unreadable = refused;
        }

        /** The row's values, or the refusal reading them, at the point where the row is judged. */
        RecordValues values() {
            if (unreadable != null) {
                throw unreadable;
            }
            return values;
        }

        /** What the row would ask about uniqueness, or null when it fails before it gets there. */
        RecordService.UniqueCandidate candidate(RecordKind<?> kind) {
            if (values == null) {
                return null;
            }
            Long id;
            try {
                id = idOf(texts);
            } catch (InvalidInputException e) {
                return null;
            }
            Map<String, Object> unique = new HashMap<>();
            kind.uniqueWithinCity().forEach(name -> unique.put(name, values.get(name)));
            return new RecordService.UniqueCandidate(id, unique);
        }
    }

    /** The state of one check of a file: counts, problems, what the file itself holds so far. */
    private final class Checking<E extends CityRecord> {
        final Checked checked = new Checked();
        private final Actor actor;
        private final RecordKind<E> kind;
        private final long cityId;
        private final IntConsumer progress;
        private final StagedRecords staged;
        private final RecordTable<E> table;
        private final Map<String, Set<Object>> seen = new HashMap<>();
        private final Set<Long> ids = new HashSet<>();
        private int judged;

        Checking(Actor actor, RecordKind<E> kind, long cityId, IntConsumer progress, StagedRecords staged) {
            this.actor = actor;
            this.kind = kind;
            this.cityId = cityId;
            this.progress = progress;
            this.staged = staged;
            this.table = staged == null ? null : RecordTable.of(kind);
            kind.uniqueWithinCity().forEach(name -> seen.put(name, new HashSet<>()));
        }

        /**
         * The same, from inside the file reader, which takes an {@link IllegalStateException} or an
         * {@link java.io.UncheckedIOException} for a broken file: any other failure of the checks (the
         * database, the staging file) is carried past it and thrown as itself.
         */
        void checkCarried(List<Pending> chunk) {
            try {
                check(chunk);
            } catch (PilotOpsException refused) {
                throw refused;
            } catch (RuntimeException failure) {
                throw new CheckFailed(failure);
            }
        }

        void check(List<Pending> chunk) {
            if (chunk.isEmpty()) {
                return;
            }
            List<RecordService.Taken> taken = uniqueness(chunk);
            for (int i = 0; i < chunk.size(); i++) {
                judge(chunk.get(i), taken.get(i));
                if (++judged % PROGRESS_EVERY == 0) {
                    progress.accept(judged);
                }
            }
        }

        /** One answer per row, found for the whole chunk at once. */
        private List<RecordService.Taken> uniqueness(List<Pending> chunk) {
            List<RecordService.UniqueCandidate> candidates = new ArrayList<>(chunk.size());
            for (Pending pending : chunk) {
                RecordService.UniqueCandidate candidate = pending.candidate(kind);
                candidates.add(candidate == null ? new RecordService.UniqueCandidate(null, Map.of()) : candidate);
            }
            return records.uniqueness(kind, cityId, candidates);
        }

        private void judge(Pending pending, RecordService.Taken taken) {
            List<Violation> wrong = new ArrayList<>();
            Long id = null;
            E record = null;
            JsonObject before = null;
            boolean update = false;
            boolean changed = false;
            try {
                id = idOf(pending.texts);
                if (id == null) {
                    record = records.prepare(actor, kind, cityId, pending.values(), RecordSource.IMPORT, taken);
                } else {
                    if (!ids.add(id)) {
                        throw new InvalidInputException(Violation.of("id", "file.duplicate-in-file", id));
                    }
                    Long version = versionOf(pending.texts);
                    var revision = records.checkRevision(actor, kind, cityId, id, version, pending.values(), taken);
                    record = revision.record();
                    before = revision.before();
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
                        checked.problems.add(v.atRow(pending.row));
                    }
                }
            } else if (!update) {
                checked.created++;
            } else if (changed) {
                checked.updated++;
            } else {
                checked.unchanged++;
            }
            if (staged != null && checked.rejected == 0 && (!update || changed)) {
                staged.add(stage(kind, table, record, before));
            }
        }
    }

    /** A failure of the checks on its way out of the file reader; see {@link Checking#checkCarried}. */
    private static final class CheckFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CheckFailed(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /**
     * A checked record in the form {@link #write} stores it: its column values, its child rows (only the
     * collections a correction changes), and its audit states, the new one as the API will answer it.
     */
    private <E extends CityRecord> StagedRecords.Staged stage(RecordKind<E> kind, RecordTable<E> table, E record,
                                                              JsonObject before) {
        Set<ConstraintViolation<E>> invalid = validator.validate(record);
        if (!invalid.isEmpty()) {
            throw constraintProblems.of(new ConstraintViolationException(invalid), kind, record).orElseThrow();
        }
        List<List<Object[]>> children = new ArrayList<>();
        for (RecordTable.ChildTable<E> child : table.children()) {
            boolean kept = before != null
                    && before.get(child.field()).equals(kind.field(child.field()).orElseThrow().json(record));
            children.add(kept ? null : child.rows().apply(record));
        }
        if (before == null) {
            return StagedRecords.Staged.created(record.getUpdatedAt(), table.insertValues(record), children,
                    kind.toJson(record, null, RecordTable.FIRST_VERSION).toString());
        }
        return new StagedRecords.Staged(record.getId(), record.getVersion(), record.getUpdatedAt(),
                table.updateValues(record), children, before.toString(),
                kind.toJson(record, record.getId(), record.getVersion() + 1).toString());
    }

    /**
     * Writes the staged rows chunk by chunk on the transaction's own connection: new records, their child
     * rows, corrections, then one audit entry per record. What the database refuses (a number a concurrent
     * import took meanwhile, a record changed since it was checked) fails the whole import, as a problem
     * naming the field or a stale version, and the transaction takes back every row written before it.
     */
    private <E extends CityRecord> void write(Actor actor, RecordKind<E> kind, long cityId, String importId,
                                              StagedRecords staged, IntConsumer progress) {
        RecordTable<E> table = RecordTable.of(kind);
        Connection connection = em.unwrap(Connection.class);
        int written = 0;
        for (List<StagedRecords.Staged> chunk = staged.next(CHUNK); !chunk.isEmpty(); chunk = staged.next(CHUNK)) {
            try {
                long[] newIds = writeChunk(table, connection, chunk);
                List<AuditEntry> entries = new ArrayList<>(chunk.size());
                int n = 0;
                for (StagedRecords.Staged row : chunk) {
                    long id = row.isNew() ? newIds[n++] : row.id();
                    entries.add(new AuditEntry(row.at(), actor.username(), row.isNew() ? Action.CREATE : Action.UPDATE,
                            RecordSource.IMPORT.name(), importId, kind.path(), id, cityId, row.before(),
                            row.isNew() ? withId(row.after(), id) : row.after()));
                }
                auditLog.recordAll(entries);
            } catch (SQLException e) {
                throw constraintProblems.of(new PersistenceException(e), kind, null)
                        .orElseGet(() -> new IllegalStateException("Cannot store the import", e));
            }
            written += chunk.size();
            progress.accept(written);
        }
    }

    /** Writes one chunk's records and child rows; answers the ids of its new records, in order. */
    private static <E extends CityRecord> long[] writeChunk(RecordTable<E> table, Connection connection,
                                                            List<StagedRecords.Staged> chunk) throws SQLException {
        List<StagedRecords.Staged> created = chunk.stream().filter(StagedRecords.Staged::isNew).toList();
        List<StagedRecords.Staged> corrected = chunk.stream().filter(r -> !r.isNew()).toList();
        long[] newIds = table.insert(connection, created.stream().map(StagedRecords.Staged::columns).toList());
        table.update(connection, corrected.stream().map(StagedRecords.Staged::columns).toList(),
                corrected.stream().mapToLong(StagedRecords.Staged::id).toArray(),
                corrected.stream().mapToLong(StagedRecords.Staged::version).toArray());
        for (int t = 0; t < table.children().size(); t++) {
            RecordTable.ChildTable<E> child = table.children().get(t);
            int index = t;
            table.insertChildren(connection, child, newIds, created.stream().map(r -> r.children().get(index)).toList());
            List<StagedRecords.Staged> replaced = corrected.stream().filter(r -> r.children().get(index) != null).toList();
            long[] owners = replaced.stream().mapToLong(StagedRecords.Staged::id).toArray();
            table.deleteChildren(connection, child, owners);
            table.insertChildren(connection, child, owners, replaced.stream().map(r -> r.children().get(index)).toList());
        }
        return newIds;
    }

    /** A new record's audit state with the id the database gave it, in the place the API answers it. */
    private static String withId(String stateWithoutId, long id) {
        if (!stateWithoutId.startsWith(NO_ID_YET)) {
            throw new IllegalStateException("Unexpected audit state of a new record: " + stateWithoutId);
        }
        return "{\"id\":" + id + "," + stateWithoutId.substring(NO_ID_YET.length());
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

package org.pilotops.platform.record.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.lang.reflect.Field;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pilotops.platform.persistence.ConstraintColumns;
import org.pilotops.platform.problem.ConflictException;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordField;
import org.pilotops.platform.record.RecordKind;

/**
 * Turns a rule the database or JPA enforced when a record was stored into a problem that names the
 * field, instead of a 500. The service checks references and uniqueness before it writes, but two
 * clients can pass those checks at the same moment; then the schema's own constraint decides, and the
 * loser hears a 409 as if the service had caught it. MariaDB names the broken constraint;
 * {@link ConstraintColumns} says which columns it covers; the kind's fields say which field a column is.
 */
@ApplicationScoped
public class ConstraintProblems {

    private static final Pattern KEY = Pattern.compile("for key '(?:[^'.]+\\.)?([^']+)'");
    private static final Pattern CONSTRAINT = Pattern.compile("CONSTRAINT `([^`]+)`");
    private static final Pattern DUPLICATE_VALUE = Pattern.compile("Duplicate entry '(?:\\d+-)?(.*)' for key");
    private static final Pattern COLUMN = Pattern.compile("column '([^']+)'", Pattern.CASE_INSENSITIVE);

    private static final int DUPLICATE = 1062;
    private static final int STILL_REFERENCED = 1451;
    private static final int REFERENCE_MISSING = 1452;
    private static final int CHECK_FAILED = 4025;
    private static final int NULL_VALUE = 1048;
    private static final int TOO_LONG = 1406;

    @Inject
    ConstraintColumns constraints;

    /**
     * The problem a failure to store {@code record} stands for, or empty when it is no broken rule.
     * {@code record} may be null when a batch of records failed together (an import); the duplicate
     * value is then taken from the database's message.
     */
    public <E extends CityRecord> Optional<RuntimeException> of(RuntimeException failure, RecordKind<E> kind, E record) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException invalid) {
                return Optional.of(new InvalidInputException(invalid.getConstraintViolations().stream()
                        .map(v -> violation(kind, v)).toList()));
            }
            if (t instanceof SQLException sql && sql.getErrorCode() > 0) {
                return problem(sql, kind, record);
            }
        }
        return Optional.empty();
    }

    private static <E extends CityRecord> Violation violation(RecordKind<E> kind, ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        String field = kind.fields().stream().filter(f -> f.attribute().equals(path) || f.attribute().startsWith(path + "."))
                .map(RecordField::name).findFirst().orElse(path.isEmpty() ? "record" : path);
        return Violation.of(field, "field.constraint", v.getMessage());
    }

    private <E extends CityRecord> Optional<RuntimeException> problem(SQLException sql, RecordKind<E> kind, E record) {
        String message = sql.getMessage() == null ? "" : sql.getMessage();
        return switch (sql.getErrorCode()) {
            case DUPLICATE -> Optional.of(new ConflictException(on(kind, record, constraint(KEY, message), "field.duplicate-in-city",
                    constraint(DUPLICATE_VALUE, message))));
            case REFERENCE_MISSING -> Optional.of(new ConflictException(on(kind, record, constraint(CONSTRAINT, message), "field.reference-gone", "")));
            case STILL_REFERENCED -> Optional.of(new ConflictException(Violation.of("id", "record.still-referenced")));
            case CHECK_FAILED -> Optional.of(new InvalidInputException(on(kind, record, constraint(CONSTRAINT, message), "field.check-failed", "")));
            case NULL_VALUE -> Optional.of(new InvalidInputException(Violation.of(fieldOfColumn(kind, constraint(COLUMN, message)), "field.required")));
            case TOO_LONG -> Optional.of(new InvalidInputException(Violation.of(fieldOfColumn(kind, constraint(COLUMN, message)), "field.too-long-stored")));
            default -> Optional.empty();
        };
    }

    /** A violation on the first of the constraint's columns that is one of the kind's fields. */
    private <E extends CityRecord> Violation on(RecordKind<E> kind, E record, String constraint, String key,
                                                String valueInMessage) {
        for (String column : constraints.of(constraint)) {
            Optional<RecordField<E, ?>> field = fieldAt(kind, column);
            if (field.isPresent()) {
                return Violation.of(field.get().name(), key, record == null ? valueInMessage : field.get().text(record));
            }
        }
        return Violation.of("record", key, valueInMessage);
    }

    private static <E extends CityRecord> String fieldOfColumn(RecordKind<E> kind, String column) {
        return fieldAt(kind, column).map(RecordField::name).orElse(column);
    }

    private static <E extends CityRecord> Optional<RecordField<E, ?>> fieldAt(RecordKind<E> kind, String column) {
        return kind.fields().stream().filter(f -> column.equalsIgnoreCase(columnOf(kind.entityClass(), f.attribute())))
                .findFirst();
    }

    private static String constraint(Pattern pattern, String message) {
        Matcher m = pattern.matcher(message);
        return m.find() ? m.group(1) : "";
    }

    /** The column an attribute path is stored in: its {@code @Column} name, as the entity declares it. */
    static String columnOf(Class<?> entity, String attributePath) {
        Class<?> type = entity;
        Field field = null;
        for (String part : attributePath.split("\\.")) {
            field = declared(type, part);
            if (field == null) {
                return "";
            }
            type = field.getType();
        }
        Column column = field.getAnnotation(Column.class);
        return column != null && !column.name().isEmpty() ? column.name() : field.getName().toLowerCase(Locale.ROOT);
    }

    private static Field declared(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return null;
    }
}

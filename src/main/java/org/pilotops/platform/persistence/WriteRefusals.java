package org.pilotops.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.lang.reflect.Field;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pilotops.platform.problem.ConflictException;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.StaleVersionException;
import org.pilotops.platform.problem.Violation;

/**
 * The one way a boundary writes: flush now, inside its transaction, so that what the database refuses is a
 * problem of this request that names the field, never a 500. A service checks versions, references and
 * uniqueness before it writes, but two requests can pass those checks at the same moment; then the
 * schema's constraint or the version column decides, and the loser hears what the check would have said:
 * <ul>
 * <li>a version changed meanwhile: 409 on {@code version};</li>
 * <li>a value a unique key already holds (1062): 409 on the key's field — for a key that names the object
 * itself (one summary per city and year), the object was made meanwhile: 409 on {@code version};</li>
 * <li>a referenced object gone (1452) or the object still referenced (1451): 409;</li>
 * <li>a check (4025), a missing value (1048) or a value too long (1406): 400 on the field.</li>
 * </ul>
 * MariaDB names the broken constraint, {@link ConstraintColumns} its columns, and {@link Fields} which field
 * of the API a column is. A deadlock (1213) or a lock wait timeout (1205) is left as it is: {@link DeadlockRetry}
 * makes a deadlock's call again, and refuses what stays another writer's lock as a
 * {@code ContendedException} (503 with {@code Retry-After}; a message on a page).
 */
@ApplicationScoped
public class WriteRefusals {

    /** The fields of the object being written, as the API names them. */
    public interface Fields {

        /** An object none of whose columns is a field of the API on its own (a unique key is the object's). */
        Fields NONE = column -> Optional.empty();

        /** The API's name of the field stored in this column; empty when the column is no field of the API. */
        Optional<String> ofColumn(String column);

        /** The value the write tried for a field, for the message; empty when unknown. */
        default String value(String field) {
            return "";
        }

        /** The message of a value a unique key already holds ({0}: the value). */
        default String duplicateKey() {
            return "field.duplicate";
        }

        /** The same fields, a duplicate said with the message {@code key}. */
        default Fields duplicateSaidAs(String key) {
            Fields fields = this;
            return new Fields() {
                @Override
                public Optional<String> ofColumn(String column) {
                    return fields.ofColumn(column);
                }

                @Override
                public String value(String field) {
                    return fields.value(field);
                }

                @Override
                public String duplicateKey() {
                    return key;
                }
            };
        }
    }

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

    /** Flushes {@code em}; a refusal becomes the problem above ({@code version}: the version the caller read). */
    public void flush(EntityManager em, long version, Fields fields) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException(version, version + 1);
        } catch (RuntimeException e) {
            throw of(e, version, fields).orElse(e);
        }
    }

    /** The problem a failed write stands for, or empty when it is no refusal of a rule. */
    public Optional<RuntimeException> of(Throwable failure, long version, Fields fields) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return Optional.of(new StaleVersionException(version, version + 1));
            }
            if (t instanceof SQLException sql && sql.getErrorCode() > 0) {
                return problem(sql, version, fields);
            }
        }
        return Optional.empty();
    }

    private Optional<RuntimeException> problem(SQLException sql, long version, Fields fields) {
        String message = sql.getMessage() == null ? "" : sql.getMessage();
        return switch (sql.getErrorCode()) {
            case DUPLICATE -> Optional.of(duplicate(fields, match(KEY, message), match(DUPLICATE_VALUE, message), version));
            case REFERENCE_MISSING -> Optional.of(new ConflictException(
                    on(fields, match(CONSTRAINT, message), "field.reference-gone")));
            case STILL_REFERENCED -> Optional.of(new ConflictException(Violation.of("id", "record.still-referenced")));
            case CHECK_FAILED -> Optional.of(new InvalidInputException(
                    on(fields, match(CONSTRAINT, message), "field.check-failed")));
            case NULL_VALUE -> Optional.of(new InvalidInputException(Violation.of(column(fields, match(COLUMN, message)),
                    "field.required")));
            case TOO_LONG -> Optional.of(new InvalidInputException(Violation.of(column(fields, match(COLUMN, message)),
                    "field.too-long-stored")));
            default -> Optional.empty();
        };
    }

    /**
     * A unique key broken: on the first of its columns that is a field. A key of no field (the city and year
     * of a summary, say) identifies the object itself, which another request made meanwhile: its version.
     */
    private RuntimeException duplicate(Fields fields, String key, String valueInMessage, long version) {
        for (String column : constraints.of(key)) {
            Optional<String> field = fields.ofColumn(column);
            if (field.isPresent()) {
                String value = fields.value(field.get());
                return new ConflictException(Violation.of(field.get(), fields.duplicateKey(),
                        value.isEmpty() ? valueInMessage : value));
            }
        }
        return new StaleVersionException(version, version + 1);
    }

    private Violation on(Fields fields, String constraint, String key) {
        for (String column : constraints.of(constraint)) {
            Optional<String> field = fields.ofColumn(column);
            if (field.isPresent()) {
                return Violation.of(field.get(), key, fields.value(field.get()));
            }
        }
        return Violation.of("record", key, "");
    }

    private static String column(Fields fields, String column) {
        return fields.ofColumn(column).orElse(column);
    }

    private static String match(Pattern pattern, String message) {
        Matcher m = pattern.matcher(message);
        return m.find() ? m.group(1) : "";
    }

    /**
     * The fields of an entity whose API names are its attribute names: a column is the attribute whose
     * {@code @Column} names it (or whose name it is), and the tried value is read from {@code entity}.
     * {@code apiFields} are the attributes the API writes; other columns (ids, keys of the object itself)
     * are no field.
     */
    public static Fields of(Object entity, String... apiFields) {
        return new Fields() {
            @Override
            public Optional<String> ofColumn(String column) {
                for (String name : apiFields) {
                    Field field = declared(entity.getClass(), name);
                    if (field != null && column.equalsIgnoreCase(columnOf(field))) {
                        return Optional.of(name);
                    }
                }
                return Optional.empty();
            }

            @Override
            public String value(String name) {
                Field field = declared(entity.getClass(), name);
                if (field == null) {
                    return "";
                }
                try {
                    field.setAccessible(true);
                    Object value = field.get(entity);
                    return value == null ? "" : value.toString();
                } catch (ReflectiveOperationException | RuntimeException e) {
                    return "";
                }
            }
        };
    }

    /** The column an attribute is stored in: its {@code @Column} name, else its own name. */
    public static String columnOf(Field field) {
        Column column = field.getAnnotation(Column.class);
        return column != null && !column.name().isEmpty() ? column.name() : field.getName().toLowerCase(Locale.ROOT);
    }

    /** A field declared by the type or one of its superclasses; null when none is. */
    public static Field declared(Class<?> type, String name) {
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

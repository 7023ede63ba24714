package org.pilotops.records.boundary;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.pilotops.platform.persistence.BaseEntity;
import org.pilotops.platform.persistence.InstantConverter;
import org.pilotops.platform.problem.StaleVersionException;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordField;
import org.pilotops.platform.record.RecordKind;

/**
 * A record kind's table as a JDBC batch writes it: which columns, in which order, with which values, and
 * its child tables. The batch import stores records past JPA, because JPA inserts rows with IDENTITY keys
 * one statement at a time; this class is what lets it do so for every kind alike. It is derived once per
 * kind from the kind's field description (each field's attribute path and getter) and the entity's own
 * mapping ({@code @Table}, {@code @Column}, {@code @Enumerated}, {@code @ElementCollection}), so a row
 * written here is the row JPA would have written: the same columns, enums as JPA stores them, instants
 * through the same converter, the version JPA starts at. A mapping it cannot reproduce (an attribute
 * converter, overridden embeddable columns, a value type it does not know) is refused when the table is
 * derived, never written wrongly.
 * <p>
 * New rows are inserted as one multi-row {@code INSERT … RETURNING id} per chunk: one statement, one
 * round trip and one parse for a thousand rows, and the ids the database gave, which the audit entries and
 * the child rows need. (A JDBC batch asking for generated keys would do too, but before MariaDB 11.5
 * Connector/J sends such a batch as one {@code INSERT} per row, two and a half times slower here.) Rows go
 * through the ordinary tables, so their triggers fire as for any other write.
 */
final class RecordTable<E extends CityRecord> {

    /**
     * The version a new row starts at: EclipseLink stores numeric versions from 1, and a record must read
     * the same (and accept the same version in a later PUT) whichever way it was stored.
     */
    static final long FIRST_VERSION = 1;

    private static final InstantConverter UTC = new InstantConverter();
    private static final Set<Class<?>> PLAIN = Set.of(String.class, Long.class, long.class, Integer.class, int.class,
            Short.class, short.class, Boolean.class, boolean.class, BigDecimal.class, LocalDate.class);

    /** One column of the record's own table and how a record's value for it is read, ready for JDBC. */
    private record Column<E>(String name, Function<E, Object> value, boolean updatable) {
    }

    /**
     * A child table of the record (an {@code @ElementCollection} of embeddables, such as a protection
     * centre's yearly activity): its rows hold the owner's id, then the element's columns.
     */
    record ChildTable<E>(String field, String name, String ownerColumn, List<String> columns,
                         Function<E, List<Object[]>> rows) {

        String insertSql() {
            return "INSERT INTO " + name + " (" + ownerColumn + ", " + String.join(", ", columns) + ") VALUES ("
                    + "?, ".repeat(columns.size()) + "?)";
        }
    }

    private final String table;
    private final String idColumn;
    private final String versionColumn;
    private final List<Column<E>> inserted;
    private final List<Column<E>> updated;
    private final List<ChildTable<E>> children;
    private final String updateSql;
    private final Map<Integer, String> insertSql = new java.util.concurrent.ConcurrentHashMap<>();

    private RecordTable(RecordKind<E> kind) {
        Class<E> entity = kind.entityClass();
        this.table = kind.table();
        this.idColumn = columnName(field(BaseEntity.class, "id"));
        this.versionColumn = columnName(field(BaseEntity.class, "version"));
        List<Column<E>> common = List.of(
                common("cityId", CityRecord::getCityId, false),
                common("year", CityRecord::getYear, true),
                common("source", CityRecord::getSource, false),
                common("loggingAgencyId", CityRecord::getLoggingAgencyId, false),
                common("createdBy", CityRecord::getCreatedBy, false),
                common("createdAt", CityRecord::getCreatedAt, false),
                common("updatedBy", CityRecord::getUpdatedBy, true),
                common("updatedAt", CityRecord::getUpdatedAt, true));
        List<Column<E>> own = new ArrayList<>();
        List<ChildTable<E>> childTables = new ArrayList<>();
        for (RecordField<E, ?> field : kind.fields()) {
            Field attribute = attribute(entity, field.attribute());
            if (attribute.isAnnotationPresent(ElementCollection.class)) {
                childTables.add(childTable(kind, field, attribute));
            } else {
                jakarta.persistence.Column mapped = attribute.getAnnotation(jakarta.persistence.Column.class);
                own.add(new Column<>(columnName(attribute), jdbc(attribute, field::read),
                        mapped == null || mapped.updatable()));
            }
        }
        List<Column<E>> all = new ArrayList<>(common);
        all.add(new Column<>(versionColumn, r -> FIRST_VERSION, false));
        all.addAll(own);
        this.inserted = List.copyOf(all);
        this.updated = all.stream().filter(Column::updatable).toList();
        this.children = List.copyOf(childTables);
        this.updateSql = "UPDATE " + table + " SET " + updated.stream().map(c -> c.name() + " = ?")
                .collect(Collectors.joining(", ")) + ", " + versionColumn + " = " + versionColumn + " + 1 WHERE "
                + idColumn + " = ? AND " + versionColumn + " = ?";
    }

    private static final Map<Class<?>, RecordTable<?>> KNOWN = new java.util.concurrent.ConcurrentHashMap<>();

    /** The table of a kind, derived on first use. */
    @SuppressWarnings("unchecked")
    static <E extends CityRecord> RecordTable<E> of(RecordKind<E> kind) {
        return (RecordTable<E>) KNOWN.computeIfAbsent(kind.entityClass(), c -> new RecordTable<>(kind));
    }

    /** The columns a new row is written with, in the order of {@link #insertValues}. */
    List<String> insertColumns() {
        return inserted.stream().map(Column::name).toList();
    }

    List<ChildTable<E>> children() {
        return children;
    }

    /** A new record's values for every column but the id, ready to bind. */
    Object[] insertValues(E record) {
        return values(inserted, record);
    }

    /** A corrected record's values for every column a correction may change (its version is counted up). */
    Object[] updateValues(E record) {
        return values(updated, record);
    }

    private static <E> Object[] values(List<Column<E>> columns, E record) {
        Object[] values = new Object[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).value().apply(record);
        }
        return values;
    }

    /**
     * Inserts new rows, one statement for all of them, and answers their ids in the order of the rows.
     * The rows {@code RETURNING} sends come in the order the database inserted them, which is the order of
     * the {@code VALUES}; an auto-increment only grows within one statement, so the ids must rise: that is
     * checked, so a database that broke either rule would fail the import instead of mixing up records.
     */
    long[] insert(Connection connection, List<Object[]> rows) throws SQLException {
        long[] ids = new long[rows.size()];
        if (rows.isEmpty()) {
            return ids;
        }
        String sql = insertSql.computeIfAbsent(rows.size(), this::insertSql);
        try (PreparedStatement insert = connection.prepareStatement(sql, Statement.NO_GENERATED_KEYS)) {
            int p = 1;
            for (Object[] row : rows) {
                for (Object value : row) {
                    bind(insert, p++, value);
                }
            }
            try (ResultSet returned = insert.executeQuery()) {
                int i = 0;
                while (returned.next()) {
                    if (i == ids.length) {
                        throw new IllegalStateException("More ids returned than rows inserted into " + table);
                    }
                    ids[i] = returned.getLong(1);
                    if (i > 0 && ids[i] <= ids[i - 1]) {
                        throw new IllegalStateException("Ids returned out of order by " + table);
                    }
                    i++;
                }
                if (i != ids.length) {
                    throw new IllegalStateException(i + " ids returned for " + ids.length + " rows inserted into " + table);
                }
            }
        }
        return ids;
    }

    private String insertSql(int rows) {
        String row = "(" + "?, ".repeat(inserted.size() - 1) + "?)";
        return "INSERT INTO " + table + " (" + String.join(", ", insertColumns()) + ") VALUES "
                + String.join(", ", java.util.Collections.nCopies(rows, row)) + " RETURNING " + idColumn;
    }

    /**
     * Writes corrections as one JDBC batch, each only if its row still has the version that was read and
     * checked: a row changed by someone else since is refused as stale, as JPA's optimistic lock would
     * refuse it. The driver answers a row count per statement for batched updates (the data source never
     * enables bulk statements for them), which is what makes this check possible.
     */
    void update(Connection connection, List<Object[]> values, long[] ids, long[] versions) throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(updateSql, Statement.NO_GENERATED_KEYS)) {
            for (int i = 0; i < values.size(); i++) {
                Object[] row = values.get(i);
                int p = 1;
                for (Object value : row) {
                    bind(update, p++, value);
                }
                update.setLong(p++, ids[i]);
                update.setLong(p, versions[i]);
                update.addBatch();
            }
            int[] counts = update.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 1) {
                    throw new StaleVersionException(versions[i], versions[i] + 1);
                }
            }
        }
    }

    /** Writes the child rows of records, each row prefixed with its owner's id. */
    void insertChildren(Connection connection, ChildTable<E> child, long[] owners, List<List<Object[]>> rows)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(child.insertSql(), Statement.NO_GENERATED_KEYS)) {
            boolean any = false;
            for (int i = 0; i < owners.length; i++) {
                for (Object[] row : rows.get(i)) {
                    insert.setLong(1, owners[i]);
                    for (int c = 0; c < row.length; c++) {
                        bind(insert, c + 2, row[c]);
                    }
                    insert.addBatch();
                    any = true;
                }
            }
            if (any) {
                insert.executeBatch();
            }
        }
    }

    /** Removes the child rows of records whose collection a correction replaces. */
    void deleteChildren(Connection connection, ChildTable<E> child, long[] owners) throws SQLException {
        if (owners.length == 0) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + child.name() + " WHERE " + child.ownerColumn() + " = ?", Statement.NO_GENERATED_KEYS)) {
            for (long owner : owners) {
                delete.setLong(1, owner);
                delete.addBatch();
            }
            delete.executeBatch();
        }
    }

    /**
     * Binds a value with the setter of its type: {@code setObject} makes the driver search its codecs for
     * every one of the 18,000 parameters of a chunk, which showed in the import's profile.
     */
    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof String s) {
            statement.setString(index, s);
        } else if (value instanceof Long l) {
            statement.setLong(index, l);
        } else if (value instanceof Integer i) {
            statement.setInt(index, i);
        } else if (value instanceof BigDecimal d) {
            statement.setBigDecimal(index, d);
        } else if (value instanceof Boolean b) {
            statement.setBoolean(index, b);
        } else if (value instanceof Short s) {
            statement.setShort(index, s);
        } else if (value == null) {
            statement.setNull(index, Types.NULL);
        } else {
            statement.setObject(index, value);
        }
    }

    private static <E extends CityRecord> Column<E> common(String attribute, Function<E, Object> getter,
                                                           boolean updatable) {
        Field field = field(CityRecord.class, attribute);
        return new Column<>(columnName(field), jdbc(field, getter), updatable);
    }

    /** Reads an element collection's rows through the field's getter, and its columns from the embeddable. */
    private static <E extends CityRecord> ChildTable<E> childTable(RecordKind<E> kind, RecordField<E, ?> field,
                                                                   Field attribute) {
        CollectionTable table = attribute.getAnnotation(CollectionTable.class);
        if (table == null || table.joinColumns().length != 1
                || !(attribute.getGenericType() instanceof ParameterizedType list)
                || !(list.getActualTypeArguments()[0] instanceof Class<?> element)
                || !element.isAnnotationPresent(Embeddable.class)) {
            throw unsupported(kind, field.name(), "an element collection other than embeddables in their own table");
        }
        List<Field> elementFields = new ArrayList<>();
        for (Class<?> c = element; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (persistent(f)) {
                    f.setAccessible(true);
                    elementFields.add(f);
                }
            }
        }
        List<Function<Object, Object>> readers = new ArrayList<>();
        for (Field f : elementFields) {
            readers.add(jdbc(f, e -> {
                try {
                    return f.get(e);
                } catch (IllegalAccessException denied) {
                    throw new IllegalStateException(denied);
                }
            }));
        }
        Function<E, List<Object[]>> rows = record -> {
            Object value = field.read(record);
            List<Object[]> out = new ArrayList<>();
            if (value != null) {
                for (Object element1 : (Collection<?>) value) {
                    Object[] row = new Object[readers.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = readers.get(i).apply(element1);
                    }
                    out.add(row);
                }
            }
            return out;
        };
        return new ChildTable<>(field.name(), table.name(), table.joinColumns()[0].name(),
                elementFields.stream().map(RecordTable::columnName).toList(), rows);
    }

    /**
     * A field JPA stores: not static, transient or {@code @Transient}, and not one of the fields
     * EclipseLink weaves into entities and embeddables at deployment ({@code _persistence_fetchGroup}, …).
     */
    private static boolean persistent(Field f) {
        int modifiers = f.getModifiers();
        return !java.lang.reflect.Modifier.isStatic(modifiers) && !java.lang.reflect.Modifier.isTransient(modifiers)
                && !f.isSynthetic() && !f.isAnnotationPresent(jakarta.persistence.Transient.class)
                && !f.getName().startsWith("_persistence_");
    }

    /**
     * How a value of this attribute reaches JDBC, as JPA would send it: enums by name or ordinal as mapped,
     * instants through the application's converter, plain values as they are.
     */
    private static <T> Function<T, Object> jdbc(Field attribute, Function<T, ?> getter) {
        if (attribute.isAnnotationPresent(Convert.class)) {
            throw new IllegalStateException("RecordTable cannot write " + attribute + ": it has an attribute converter");
        }
        Class<?> type = attribute.getType();
        if (type.isEnum()) {
            Enumerated enumerated = attribute.getAnnotation(Enumerated.class);
            boolean byName = enumerated != null && enumerated.value() == EnumType.STRING;
            return r -> {
                Enum<?> value = (Enum<?>) getter.apply(r);
                return value == null ? null : byName ? value.name() : (Object) value.ordinal();
            };
        }
        if (type == Instant.class) {
            // What the application's converter stores (UTC wall-clock time), as a LocalDateTime: the
            // driver writes those directly, while it formats a Timestamp with a new SimpleDateFormat each.
            return r -> {
                Instant instant = (Instant) getter.apply(r);
                return instant == null ? null : UTC.convertToDatabaseColumn(instant).toLocalDateTime();
            };
        }
        if (PLAIN.contains(type)) {
            return getter::apply;
        }
        throw new IllegalStateException("RecordTable cannot write " + attribute + " of type " + type.getName());
    }

    /** The Java field an attribute path ends in, refusing embeddables whose columns an entity overrides. */
    private static Field attribute(Class<?> entity, String path) {
        Class<?> type = entity;
        Field field = null;
        for (String part : path.split("\\.")) {
            if (field != null && (field.isAnnotationPresent(AttributeOverride.class)
                    || field.isAnnotationPresent(AttributeOverrides.class))) {
                throw new IllegalStateException("RecordTable cannot write " + field + ": its columns are overridden");
            }
            field = field(type, part);
            type = field.getType();
        }
        return field;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        throw new IllegalStateException("No attribute " + name + " in " + type.getName());
    }

    /** The column an attribute is stored in: its {@code @Column} name, else JPA's default, the field's name. */
    static String columnName(Field field) {
        jakarta.persistence.Column column = field.getAnnotation(jakarta.persistence.Column.class);
        return column != null && !column.name().isEmpty() ? column.name() : field.getName().toLowerCase(Locale.ROOT);
    }

    private static IllegalStateException unsupported(RecordKind<?> kind, String field, String what) {
        return new IllegalStateException("RecordTable cannot write " + kind.path() + "." + field + ": " + what);
    }
}

package org.pilotops.records.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.lang.reflect.Field;
import java.util.Optional;
import org.pilotops.platform.persistence.WriteRefusals;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordField;
import org.pilotops.platform.record.RecordKind;

/**
 * What {@link WriteRefusals} needs to name a record's field: the kind's fields say which field a column is
 * (an attribute path such as {@code sme.creditCode} is the field {@code smeCreditCode}), and a duplicate is
 * "already in the city", since records are unique within their city. Bean Validation's refusals, which JPA
 * raises before anything reaches the database, are named the same way.
 */
@ApplicationScoped
public class ConstraintProblems {

    @Inject
    WriteRefusals refusals;

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
        }
        long version = record == null ? 0 : record.getVersion();
        return refusals.of(failure, version, fields(kind, record));
    }

    private static <E extends CityRecord> WriteRefusals.Fields fields(RecordKind<E> kind, E record) {
        return new WriteRefusals.Fields() {
            @Override
            public Optional<String> ofColumn(String column) {
                return kind.fields().stream()
                        .filter(f -> column.equalsIgnoreCase(columnOf(kind.entityClass(), f.attribute())))
                        .map(RecordField::name).findFirst();
            }

            @Override
            public String value(String field) {
                return record == null ? "" : kind.fields().stream().filter(f -> f.name().equals(field)).findFirst()
                        .map(f -> f.text(record)).orElse("");
            }

            @Override
            public String duplicateKey() {
                return "field.duplicate-in-city";
            }
        };
    }

    private static <E extends CityRecord> Violation violation(RecordKind<E> kind, ConstraintViolation<?> v) {
        String path = v.getPropertyPath().toString();
        String field = kind.fields().stream().filter(f -> f.attribute().equals(path) || f.attribute().startsWith(path + "."))
                .map(RecordField::name).findFirst().orElse(path.isEmpty() ? "record" : path);
        return Violation.of(field, "field.constraint", v.getMessage());
    }

    /** The column an attribute path is stored in: its {@code @Column} name, as the entity declares it. */
    static String columnOf(Class<?> entity, String attributePath) {
        Class<?> type = entity;
        Field field = null;
        for (String part : attributePath.split("\\.")) {
            field = WriteRefusals.declared(type, part);
            if (field == null) {
                return "";
            }
            type = field.getType();
        }
        return WriteRefusals.columnOf(field);
    }
}

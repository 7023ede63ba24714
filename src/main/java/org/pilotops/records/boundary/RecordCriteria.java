package org.pilotops.records.boundary;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pilotops.platform.field.FieldValueException;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordField;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.security.Actor;

/**
 * A record list's query as the Criteria API's predicates: the city, the actor's scope (agency staff: their
 * agency's records), the year and every filter as its field reads it — free text by a part, everything
 * else by its exact value, dates and numbers also by a range {@code from..to}.
 */
final class RecordCriteria {

    private RecordCriteria() {
    }

    /** Separates the ends of a range filter, {@code 2019-01-01..2019-06-30}; either end may be left open. */
    static final String RANGE = "..";

    static <E extends CityRecord> Predicate[] matching(Actor actor, RecordKind<E> kind, long cityId,
                                                               RecordQuery query, CriteriaBuilder cb, Root<E> root) {
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(root.get("cityId"), cityId));
        if (actor.onlyAgencyRecords()) {
            where.add(cb.equal(root.get("loggingAgencyId"), actor.agencyId()));
        }
        if (query.year() != null) {
            where.add(cb.equal(root.get("year"), query.year()));
        }
        List<Violation> wrong = new ArrayList<>();
        for (Map.Entry<String, String> filter : query.filters().entrySet()) {
            RecordField<?, ?> field = kind.filter(filter.getKey()).orElseThrow();
            try {
                where.add(filterOn(field, filter.getValue().strip(), cb, root));
            } catch (FieldValueException e) {
                wrong.add(new Violation(filter.getKey(), 0, e.key(), e.args()));
            }
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
        return where.toArray(Predicate[]::new);
    }

    /**
     * Free text matches a part, with the LIKE wildcards taken literally; everything else its exact value,
     * read as the field reads input; dates and numbers also a range {@code from..to}.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Predicate filterOn(RecordField<?, ?> field, String value, CriteriaBuilder cb, Root<?> root)
            throws FieldValueException {
        Path<?> path = attribute(root, field.attribute());
        if (field.type().matchesPart()) {
            String escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            return cb.like(path.as(String.class), "%" + escaped + "%", '\\');
        }
        int range = value.indexOf(RANGE);
        if (field.type().ranged() && range >= 0) {
            Comparable from = (Comparable) field.parseText(value.substring(0, range));
            Comparable to = (Comparable) field.parseText(value.substring(range + RANGE.length()));
            Expression<Comparable> ordered = (Expression<Comparable>) path;
            List<Predicate> bounds = new ArrayList<>();
            if (from != null) {
                bounds.add(cb.greaterThanOrEqualTo(ordered, from));
            }
            if (to != null) {
                bounds.add(cb.lessThanOrEqualTo(ordered, to));
            }
            return cb.and(bounds.toArray(Predicate[]::new));
        }
        Object exact = field.parseText(value);
        return exact == null ? cb.isNull(path) : cb.equal(path, exact);
    }

    /** The attribute a list is sorted by: a field's (possibly nested) attribute, or a common column. */
    static <E extends CityRecord> Path<?> attribute(Root<E> root, RecordKind<E> kind, String name) {
        return attribute(root, kind.field(name).map(RecordField::attribute).orElse(name));
    }

    static Path<?> attribute(Root<?> root, String dottedPath) {
        Path<?> path = root;
        for (String part : dottedPath.split("\\.")) {
            path = path.get(part);
        }
        return path;
    }
}

package org.pilotops.platform.record;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.pilotops.platform.field.FieldType;
import org.pilotops.platform.field.FieldValueException;
import org.pilotops.platform.field.JsonShape;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.rest.JsonFactory;

/**
 * Everything the shared mechanism needs to know about one kind of record: its REST path, its entity,
 * whether agencies may log it, and its fields in column order. A feature declares one subclass as an
 * application-scoped bean; pages, the API, imports and exports all work from it.
 */
public abstract class RecordKind<E extends CityRecord> {

    /**
     * What every record answers with besides its kind's fields, as {@link #toJson} writes them; read-only,
     * so they may come back in a PUT body unchanged ({@code version} is the one a PUT must carry).
     */
    private static final Map<String, JsonShape> COMMON_SHAPES = commonShapes();

    /** Fields every record answers with; read-only, so they may come back in a PUT body unchanged. */
    public static final List<String> COMMON_FIELDS = List.copyOf(COMMON_SHAPES.keySet());

    private final String path;
    private final Class<E> entityClass;
    private final Supplier<E> factory;
    private final boolean agenciesMayLog;
    private final List<RecordField<E, ?>> fields;

    protected RecordKind(String path, Class<E> entityClass, Supplier<E> factory, boolean agenciesMayLog,
                         List<RecordField<E, ?>> fields) {
        this.path = path;
        this.entityClass = entityClass;
        this.factory = factory;
        this.agenciesMayLog = agenciesMayLog;
        this.fields = List.copyOf(fields);
    }

    private static Map<String, JsonShape> commonShapes() {
        JsonShape id = JsonShape.integer().withFormat("int64").withRange(java.math.BigDecimal.ONE, null, false);
        JsonShape instant = JsonShape.string().withFormat("date-time");
        Map<String, JsonShape> shapes = new LinkedHashMap<>();
        shapes.put("id", id);
        shapes.put("cityId", id);
        shapes.put("year", JsonShape.integer().withFormat("int32"));
        shapes.put("version", JsonShape.integer().withFormat("int64")
                .withRange(java.math.BigDecimal.ZERO, null, false));
        shapes.put("source", FieldType.enumeration(RecordSource.class).jsonShape());
        shapes.put("loggingAgencyId", id.orNull());
        shapes.put("createdBy", JsonShape.string());
        shapes.put("createdAt", instant);
        shapes.put("updatedBy", JsonShape.string());
        shapes.put("updatedAt", instant);
        return java.util.Collections.unmodifiableMap(shapes);
    }

    /**
     * The common fields with the JSON shape the API answers each in ({@code loggingAgencyId} is null when the
     * city logged the record), in the order {@link #toJson} writes them: for the API document.
     */
    public static Map<String, JsonShape> commonFieldShapes() {
        return COMMON_SHAPES;
    }

    /** Joins groups of fields, such as the SME's three and a kind's own, in column order. */
    @SafeVarargs
    protected static <E> List<RecordField<E, ?>> fieldsOf(List<RecordField<E, ?>>... groups) {
        List<RecordField<E, ?>> all = new ArrayList<>();
        for (List<RecordField<E, ?>> group : groups) {
            all.addAll(group);
        }
        return all;
    }

    /** The REST path segment and the key of the kind's texts, e.g. {@code navigation-projects}. */
    public String path() {
        return path;
    }

    public Class<E> entityClass() {
        return entityClass;
    }

    public boolean agenciesMayLog() {
        return agenciesMayLog;
    }

    /** The kind's table, as its entity maps it: for the few statistics that read every kind in one query. */
    public String table() {
        return entityClass.getAnnotation(jakarta.persistence.Table.class).name();
    }

    public List<RecordField<E, ?>> fields() {
        return fields;
    }

    public Optional<RecordField<E, ?>> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /**
     * Common columns a list may be filtered by besides the kind's fields: the agency that logged a record
     * and where it came from. Read-only: no input ever sets them through these fields.
     */
    private static final List<RecordField<CityRecord, ?>> COMMON_FILTERS = List.of(
            RecordField.optional("loggingAgencyId", FieldType.reference(), CityRecord::getLoggingAgencyId, (r, v) -> { }),
            RecordField.optional("source", FieldType.enumeration(RecordSource.class), CityRecord::getSource, (r, v) -> { }));

    /** The field a list filter of this name reads, if a list may be filtered by it. */
    public Optional<RecordField<?, ?>> filter(String name) {
        return field(name).filter(f -> f.type().queryable()).<RecordField<?, ?>>map(f -> f)
                .or(() -> COMMON_FILTERS.stream().filter(f -> f.name().equals(name)).<RecordField<?, ?>>map(f -> f).findFirst());
    }

    /** The names a list may be filtered by: the kind's fields a database query can match, then the common ones. */
    public List<String> filterNames() {
        List<String> names = new ArrayList<>();
        fields.stream().filter(f -> f.type().queryable()).forEach(f -> names.add(f.name()));
        COMMON_FILTERS.forEach(f -> names.add(f.name()));
        return names;
    }

    /** The names a list may be sorted by: the common ones that are columns, then the kind's queryable fields. */
    public List<String> sortableNames() {
        List<String> names = new ArrayList<>(List.of("id", "year", "createdAt", "updatedAt"));
        fields.stream().filter(f -> f.type().queryable()).forEach(f -> names.add(f.name()));
        return names;
    }

    /** Attribute names a list may be sorted by: the kind's fields and the common ones that are columns. */
    public boolean sortable(String name) {
        return sortableNames().contains(name);
    }

    public E newRecord() {
        return factory.get();
    }

    /** Reads a JSON body; every problem is collected, so the caller learns of all of them at once. */
    public RecordValues readJson(JsonObject json) {
        List<Violation> violations = new ArrayList<>();
        for (String name : json.keySet()) {
            if (field(name).isEmpty() && !COMMON_FIELDS.contains(name)) {
                violations.add(Violation.of(name, "field.unknown"));
            }
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordField<E, ?> field : fields) {
            try {
                values.put(field.name(), field.parseJson(json.get(field.name())));
            } catch (FieldValueException e) {
                violations.add(new Violation(field.name(), 0, e.key(), e.args()));
            }
        }
        return checked(values, violations);
    }

    /** Reads the texts of a form or of a file row, keyed by field name. */
    public RecordValues readText(Map<String, String> texts) {
        List<Violation> violations = new ArrayList<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordField<E, ?> field : fields) {
            try {
                values.put(field.name(), field.parseText(texts.get(field.name())));
            } catch (FieldValueException e) {
                violations.add(new Violation(field.name(), 0, e.key(), e.args()));
            }
        }
        return checked(values, violations);
    }

    private RecordValues checked(Map<String, Object> values, List<Violation> violations) {
        for (RecordField<E, ?> field : fields) {
            if (field.required() && values.get(field.name()) == null
                    && violations.stream().noneMatch(v -> v.field().equals(field.name()))) {
                violations.add(Violation.of(field.name(), "field.required"));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new RecordValues(values);
    }

    /** Writes checked values into the record, then checks the rules across fields. */
    public void apply(E record, RecordValues values) {
        for (RecordField<E, ?> field : fields) {
            field.assign(record, values.get(field.name()));
        }
        List<Violation> violations = record.crossFieldViolations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    /**
     * Rules that need other data, checked after the fields and before storing: a referenced agency serves
     * the record's city, an attorney works for the agency named, a park lies in the city.
     */
    public List<Violation> referenceViolations(E record) {
        return List.of();
    }

    /**
     * What a form offers for a reference field in this city, id to label (the agencies serving the city,
     * their attorneys); empty when the field is not a reference or the kind has no list to offer.
     */
    public java.util.Map<String, String> referenceChoices(String field, long cityId) {
        return java.util.Map.of();
    }

    /**
     * What of the record counts in each year's figures (the indicators of SPEC §5 that the year's annual
     * summary reports), year by year, as the texts of the fields concerned; a year it counts nothing in is
     * absent. Once a year's summary is accepted, a change is refused exactly when it changes that year's part
     * (see {@code RecordService}). By default the whole record counts in its reporting year; a kind whose
     * figures also fall in other years says so (a voucher's redemption, a centre's caseload). Pure: it asks
     * nothing of the database, so it can be taken of a record before a change is applied.
     */
    public Map<Integer, List<String>> yearParts(E record) {
        return Map.of(reportingYear(record), textsExcept(record, Set.of()));
    }

    /** The year the record reports in: its main date's, as it stands now (before a change is stored too). */
    protected static int reportingYear(CityRecord record) {
        return record.mainDate() != null ? record.mainDate().getYear() : record.getYear();
    }

    /** The texts of the record's fields but those named, in field order. */
    protected List<String> textsExcept(E record, Set<String> except) {
        return fields.stream().filter(f -> !except.contains(f.name())).map(f -> f.name() + "=" + f.text(record)).toList();
    }

    /** Fields whose value may occur only once among a city's records of this kind (a voucher number). */
    public List<String> uniqueWithinCity() {
        return List.of();
    }

    /** The record as the API answers it: the common fields, then the kind's own. */
    public JsonObject toJson(E record) {
        return toJson(record, record.getId(), record.getVersion());
    }

    /**
     * The record as the API will answer it once stored under {@code id} (null while the database has not
     * given it one yet) at {@code version}: for the batch import, which stores records past JPA, so the
     * entity learns neither, and must audit each one exactly as it will read.
     */
    public JsonObject toJson(E record, Long id, long version) {
        JsonObjectBuilder json = JsonFactory.object()
                .add("id", id == null ? JsonValue.NULL : JsonFactory.value(id))
                .add("cityId", record.getCityId())
                .add("year", record.getYear())
                .add("version", version)
                .add("source", record.getSource().name());
        if (record.getLoggingAgencyId() != null) {
            json.add("loggingAgencyId", record.getLoggingAgencyId());
        } else {
            json.add("loggingAgencyId", JsonValue.NULL);
        }
        json.add("createdBy", record.getCreatedBy())
                .add("createdAt", instant(record.getCreatedAt()))
                .add("updatedBy", record.getUpdatedBy())
                .add("updatedAt", instant(record.getUpdatedAt()));
        for (RecordField<E, ?> field : fields) {
            json.add(field.name(), field.json(record));
        }
        return json.build();
    }

    private static String instant(Instant instant) {
        return instant.toString();
    }
}

package org.pilotops.platform.field;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a field's JSON value looks like, as plain facts an API description is made of: the JSON type and its
 * format, and the limits the field's {@link FieldType} checks (choices, bounds, length, pattern). A shape is
 * what the API answers; {@link #alsoAccepted()} lists other shapes a request may use instead (an amount of
 * money is answered as a decimal string, and a JSON number is read too). Nothing here knows OpenAPI: the API
 * document turns these facts into its schemas, so the field types stay the one definition of a value.
 * Immutable; each {@code with…} method answers a changed copy.
 */
public final class JsonShape {

    private final String type;
    private final String format;
    private final String pattern;
    private final List<String> choices;
    private final BigDecimal minimum;
    private final BigDecimal maximum;
    private final boolean maximumExcluded;
    private final Integer maxLength;
    private final BigDecimal multipleOf;
    private final String earliest;
    private final String latest;
    private final boolean nullable;
    private final JsonShape items;
    private final Map<String, JsonShape> members;
    private final List<JsonShape> alsoAccepted;

    private JsonShape(String type, String format, String pattern, List<String> choices, BigDecimal minimum,
                      BigDecimal maximum, boolean maximumExcluded, Integer maxLength, BigDecimal multipleOf,
                      String earliest, String latest, boolean nullable, JsonShape items, Map<String, JsonShape> members,
                      List<JsonShape> alsoAccepted) {
        this.type = type;
        this.format = format;
        this.pattern = pattern;
        this.choices = List.copyOf(choices);
        this.minimum = minimum;
        this.maximum = maximum;
        this.maximumExcluded = maximumExcluded;
        this.maxLength = maxLength;
        this.multipleOf = multipleOf;
        this.earliest = earliest;
        this.latest = latest;
        this.nullable = nullable;
        this.items = items;
        this.members = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(members));
        this.alsoAccepted = List.copyOf(alsoAccepted);
    }

    private static JsonShape of(String type) {
        return new JsonShape(type, null, null, List.of(), null, null, false, null, null, null, null, false, null,
                Map.of(), List.of());
    }

    /** A JSON string. */
    public static JsonShape string() {
        return of("string");
    }

    /** A JSON number without a fraction. */
    public static JsonShape integer() {
        return of("integer");
    }

    /** A JSON number. */
    public static JsonShape number() {
        return of("number");
    }

    public static JsonShape bool() {
        return of("boolean");
    }

    /** A JSON array of values of one shape. */
    public static JsonShape arrayOf(JsonShape items) {
        return new JsonShape("array", null, null, List.of(), null, null, false, null, null, null, null, false, items,
                Map.of(), List.of());
    }

    /** A JSON object with these members, in this order, every one of them required. */
    public static JsonShape object(Map<String, JsonShape> members) {
        return new JsonShape("object", null, null, List.of(), null, null, false, null, null, null, null, false, null,
                members, List.of());
    }

    public JsonShape withFormat(String format) {
        return new JsonShape(type, format, pattern, choices, minimum, maximum, maximumExcluded, maxLength, multipleOf,
                earliest, latest, nullable, items, members, alsoAccepted);
    }

    /** A regular expression (ECMA 262, as JSON Schema reads it) the whole text matches. */
    public JsonShape withPattern(String pattern) {
        return new JsonShape(type, format, pattern, choices, minimum, maximum, maximumExcluded, maxLength, multipleOf,
                earliest, latest, nullable, items, members, alsoAccepted);
    }

    public JsonShape withChoices(List<String> choices) {
        return new JsonShape(type, format, pattern, choices, minimum, maximum, maximumExcluded, maxLength, multipleOf,
                earliest, latest, nullable, items, members, alsoAccepted);
    }

    /** A number from {@code minimum} to {@code maximum} (either null when open), the maximum itself excluded or not. */
    public JsonShape withRange(BigDecimal minimum, BigDecimal maximum, boolean maximumExcluded) {
        return new JsonShape(type, format, pattern, choices, minimum, maximum, maximumExcluded, maxLength, multipleOf,
                earliest, latest, nullable, items, members, alsoAccepted);
    }

    /** A text of at most this many characters (Unicode code points). */
    public JsonShape withMaxLength(int maxLength) {
        return new JsonShape(type, format, pattern, choices, minimum, maximum, maximumExcluded, maxLength, multipleOf,
                earliest, latest, nullable, items, members, alsoAccepted);
    }

    /** A number with at most as many decimals as this step has: {@code 0.01} for two. */
    public JsonShape withMultipleOf(BigDecimal multipleOf) {
        return new JsonShape(type, format, pattern, choices, minimum, maximum, maximumExcluded, maxLength, multipleOf,
                earliest, latest, nullable, items, members, alsoAccepted);
    }

    /** An ISO date from {@code earliest} to {@code latest}, both included. */
    public JsonShape withDates(String earliest, String latest) {
        return new JsonShape(type, format, pattern, choices, minimum, maximum, maximumExcluded, maxLength, multipleOf,
                earliest, latest, nullable, items, members, alsoAccepted);
    }

    /** The same, or JSON {@code null}. */
    public JsonShape orNull() {
        return new JsonShape(type, format, pattern, choices, minimum, maximum, maximumExcluded, maxLength, multipleOf,
                earliest, latest, true, items, members, alsoAccepted);
    }

    /** The same, and a request may send the value in this other shape instead. */
    public JsonShape alsoAccepting(JsonShape other) {
        List<JsonShape> accepted = new java.util.ArrayList<>(alsoAccepted);
        accepted.add(other);
        return new JsonShape(type, format, pattern, choices, minimum, maximum, maximumExcluded, maxLength, multipleOf,
                earliest, latest, nullable, items, members, accepted);
    }

    /** {@code string}, {@code integer}, {@code number}, {@code boolean}, {@code array} or {@code object}. */
    public String type() {
        return type;
    }

    /**
     * A format of JSON Schema or OpenAPI ({@code date}, {@code date-time}, {@code int64} …) or one of PilotOps'
     * own; null when none.
     */
    public String format() {
        return format;
    }

    public String pattern() {
        return pattern;
    }

    /** The values an enumeration allows, in their order; empty for free input. */
    public List<String> choices() {
        return choices;
    }

    public BigDecimal minimum() {
        return minimum;
    }

    public BigDecimal maximum() {
        return maximum;
    }

    public boolean maximumExcluded() {
        return maximumExcluded;
    }

    public Integer maxLength() {
        return maxLength;
    }

    public BigDecimal multipleOf() {
        return multipleOf;
    }

    /** The earliest date a date field takes, ISO; null for other shapes. */
    public String earliest() {
        return earliest;
    }

    /** The latest date a date field takes, ISO; null for other shapes. */
    public String latest() {
        return latest;
    }

    public boolean nullable() {
        return nullable;
    }

    /** The shape of an array's items; null for other shapes. */
    public JsonShape items() {
        return items;
    }

    /** An object's members in order, each required; empty for other shapes. */
    public Map<String, JsonShape> members() {
        return members;
    }

    /** Other shapes a request may send the value in; empty when only this one. */
    public List<JsonShape> alsoAccepted() {
        return alsoAccepted;
    }

    @Override
    public String toString() {
        return type + (format == null ? "" : "(" + format + ")") + (choices.isEmpty() ? "" : choices)
                + (alsoAccepted.isEmpty() ? "" : " or " + alsoAccepted);
    }
}

package org.pilotops.platform.field;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.rest.JsonFactory;

/**
 * How a field's values are read and written: from and to the text of a form or a CSV/XLSX cell, and
 * from and to JSON. One implementation per kind of value, shared by every record kind, so a date or an
 * amount is checked the same way in the portal, the API and an import.
 *
 * @param <V> the Java type of the field
 */
public interface FieldType<V> {

    /** Reads trimmed, non-blank text. */
    V parse(String text) throws FieldValueException;

    /**
     * Reads a field of a form that is not a record's, such as a summary's narrative or a case's title:
     * stripped, null when blank, and a refusal added to {@code violations} under {@code field} rather than
     * thrown, so a form is judged whole.
     */
    default V parseOptional(String field, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse(text.strip());
        } catch (FieldValueException refused) {
            violations.add(new Violation(field, 0, refused.key(), refused.args()));
            return null;
        }
    }

    /** The text that {@link #parse} reads back to the same value. */
    default String format(V value) {
        return value.toString();
    }

    /** Reads a JSON value that is not null; strings go through {@link #parse}. */
    default V fromJson(JsonValue json) throws FieldValueException {
        if (json instanceof JsonString string) {
            String text = string.getString().strip();
            return text.isEmpty() ? null : parse(text);
        }
        throw new FieldValueException("field.wrong-type", expectedJson());
    }

    default JsonValue toJson(V value) {
        return JsonFactory.value(format(value));
    }

    /** How the JSON type is named in a wrong-type message. */
    default String expectedJson() {
        return "string";
    }

    /**
     * What a value looks like in JSON, for the API document: the type, format and limits this type checks
     * when it reads a value. A string by default, as {@link #fromJson} reads by default; a type that reads or
     * answers otherwise says so.
     */
    default JsonShape jsonShape() {
        return JsonShape.string();
    }

    /** The values a user may choose from, or empty when the field is free input. */
    default List<String> choices() {
        return List.of();
    }

    /** False for values a list cannot sort or filter by in the database, such as a list of yearly figures. */
    default boolean queryable() {
        return true;
    }

    /**
     * True for free text, which a list filter matches by a part; every other type matches its exact value,
     * so {@code smesReached=4} never finds 14 and {@code agencyId=1} never finds 11.
     */
    default boolean matchesPart() {
        return false;
    }

    /** True for ordered values (dates, counts, amounts), which a list filter may also take as a range {@code from..to}. */
    default boolean ranged() {
        return false;
    }

    /** True for the id of another object (an agency, an attorney, a park), which pages show by its name. */
    default boolean namesAnObject() {
        return false;
    }

    /** True for amounts and counts, which a spreadsheet should hold as numbers. */
    default boolean numeric() {
        return false;
    }

    /** True for an amount of money (CNY), which a one-line summary of a record shows as its main figure. */
    default boolean isMoney() {
        return false;
    }

    /** How a form lets a user edit a value of this type; the form decides by this, never by the kind. */
    enum Editor {
        /** One text input (or a drop-down when the field has choices or names an object). */
        TEXT,
        /** A date picker in the page's language, still handing over the ISO text {@code yyyy-MM-dd}. */
        DATE,
        /** A table of rows with {@link #rowColumns() columns}, joined into one text by {@link #joinRows}. */
        ROWS
    }

    /** A date picker for dates, a table for values made of rows, one text input for the rest. */
    default Editor editor() {
        return Editor.TEXT;
    }

    /** The earliest value a date picker offers, ISO text; null when the type has no such bound. */
    default String earliest() {
        return null;
    }

    /** The latest value a date picker offers, ISO text; null when the type has no such bound. */
    default String latest() {
        return null;
    }

    /**
     * The columns of a value a form edits as {@link Editor#ROWS rows}: their names, which also name their
     * labels ({@code kind.<path>.<field>.<column>}) and the cells of a {@link FieldValueException#column()}.
     */
    default List<String> rowColumns() {
        return List.of();
    }

    /**
     * Splits a value's text into rows of cell texts in {@link #rowColumns()} order, for a form to show
     * what a record holds or a file brought.
     */
    default List<List<String>> rows(String text) {
        throw new UnsupportedOperationException("not edited as rows");
    }

    /**
     * Joins rows of cell texts into the text {@link #parse} reads, skipping rows with no cell filled, so
     * a form's table is checked exactly like a file's cell; the n-th row joined is the n-th row a
     * {@link FieldValueException#row()} counts.
     */
    default String joinRows(List<List<String>> rows) {
        throw new UnsupportedOperationException("not edited as rows");
    }

    /** The message key of a choice's label ({@code enum.<Type>.<CONSTANT>}), or null when it has none. */
    default String choiceKey(String choice) {
        return null;
    }

    /** Free text, trimmed, at most {@code maxLength} characters; stored as text and escaped on every output. */
    static FieldType<String> text(int maxLength) {
        return new FieldType<>() {
            @Override
            public String parse(String text) throws FieldValueException {
                if (text.codePointCount(0, text.length()) > maxLength) {
                    throw new FieldValueException("field.too-long", maxLength);
                }
                if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
                    throw new FieldValueException("field.control-characters");
                }
                return text;
            }

            @Override
            public boolean matchesPart() {
                return true;
            }

            @Override
            public JsonShape jsonShape() {
                return JsonShape.string().withMaxLength(maxLength);
            }
        };
    }

    /** One constant of an enumeration, written exactly as its name. */
    static <E extends Enum<E>> FieldType<E> enumeration(Class<E> type) {
        return new FieldType<>() {
            @Override
            public E parse(String text) throws FieldValueException {
                try {
                    return Enum.valueOf(type, text);
                } catch (IllegalArgumentException e) {
                    throw new FieldValueException("field.unknown-value", text, String.join(", ", choices()));
                }
            }

            @Override
            public String format(E value) {
                return value.name();
            }

            @Override
            public List<String> choices() {
                return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.toList());
            }

            @Override
            public String choiceKey(String choice) {
                return "enum." + type.getSimpleName() + "." + choice;
            }

            @Override
            public JsonShape jsonShape() {
                return JsonShape.string().withChoices(choices());
            }
        };
    }

    /** An ISO-8601 date ({@code 2018-03-01}) within the programme's sensible bounds. */
    static FieldType<LocalDate> date(LocalDate earliest, LocalDate latest) {
        return new FieldType<>() {
            @Override
            public LocalDate parse(String text) throws FieldValueException {
                LocalDate date;
                try {
                    date = LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    throw new FieldValueException("field.date-format", text);
                }
                if (date.isBefore(earliest) || date.isAfter(latest)) {
                    throw new FieldValueException("field.date-range", earliest.toString(), latest.toString());
                }
                return date;
            }

            @Override
            public Editor editor() {
                return Editor.DATE;
            }

            @Override
            public String earliest() {
                return earliest.toString();
            }

            @Override
            public String latest() {
                return latest.toString();
            }

            @Override
            public boolean ranged() {
                return true;
            }

            @Override
            public JsonShape jsonShape() {
                return JsonShape.string().withFormat("date").withDates(earliest(), latest());
            }
        };
    }

    /**
     * An amount of CNY: at most two decimals, at least 0 and below 10¹². Never floating point: JSON
     * numbers are read through their decimal text, not through a double. Answered as a string, so no
     * client reads it into a double either.
     */
    static FieldType<BigDecimal> money() {
        return decimalNumber(2, BigDecimal.TEN.pow(12), false, "field.money", true);
    }

    /** A whole count between {@code min} and {@code max}. */
    static FieldType<Integer> count(int min, int max) {
        return new FieldType<>() {
            @Override
            public Integer parse(String text) throws FieldValueException {
                long value;
                try {
                    value = Long.parseLong(text);
                } catch (NumberFormatException e) {
                    throw new FieldValueException("field.count-format", text);
                }
                if (value < min || value > max) {
                    throw new FieldValueException("field.count-range", min, max);
                }
                return (int) value;
            }

            @Override
            public Integer fromJson(JsonValue json) throws FieldValueException {
                if (json instanceof JsonNumber number) {
                    if (!number.isIntegral()) {
                        throw new FieldValueException("field.count-format", number.toString());
                    }
                    return parse(number.bigDecimalValue().toBigInteger().toString());
                }
                throw new FieldValueException("field.wrong-type", expectedJson());
            }

            @Override
            public JsonValue toJson(Integer value) {
                return JsonFactory.value(value);
            }

            @Override
            public String expectedJson() {
                return "integer";
            }

            @Override
            public boolean numeric() {
                return true;
            }

            @Override
            public boolean ranged() {
                return true;
            }

            @Override
            public JsonShape jsonShape() {
                return JsonShape.integer().withFormat("int32")
                        .withRange(BigDecimal.valueOf(min), BigDecimal.valueOf(max), false);
            }
        };
    }

    /** Yes or no; text accepts true/false, 1/0 and 是/否. */
    static FieldType<Boolean> yesNo() {
        return new FieldType<>() {
            @Override
            public Boolean parse(String text) throws FieldValueException {
                return switch (text.toLowerCase(Locale.ROOT)) {
                    case "true", "1", "yes", "是" -> Boolean.TRUE;
                    case "false", "0", "no", "否" -> Boolean.FALSE;
                    default -> throw new FieldValueException("field.boolean-format", text);
                };
            }

            @Override
            public Boolean fromJson(JsonValue json) throws FieldValueException {
                if (json == JsonValue.TRUE || json == JsonValue.FALSE) {
                    return json == JsonValue.TRUE;
                }
                throw new FieldValueException("field.wrong-type", expectedJson());
            }

            @Override
            public JsonValue toJson(Boolean value) {
                return value ? JsonValue.TRUE : JsonValue.FALSE;
            }

            @Override
            public String expectedJson() {
                return "boolean";
            }

            @Override
            public List<String> choices() {
                return List.of("true", "false");
            }

            @Override
            public String choiceKey(String choice) {
                return "enum.Boolean." + choice;
            }

            @Override
            public JsonShape jsonShape() {
                return JsonShape.bool();
            }
        };
    }

    /**
     * A unified social credit code: normalised and well formed. Whether its check character is right is
     * decided with the record ({@link Sme}), because a user may confirm a real but non-conforming code.
     */
    static FieldType<String> creditCode() {
        return new FieldType<>() {
            @Override
            public String parse(String text) throws FieldValueException {
                String code = CreditCodes.normalise(text);
                if (!CreditCodes.wellFormed(code)) {
                    throw new FieldValueException("uscc.format", text);
                }
                return code;
            }

            /**
             * The stored form; spaces and small letters are read too. Whether the check character fits is the
             * record's rule.
             */
            @Override
            public JsonShape jsonShape() {
                return JsonShape.string().withFormat(CreditCodes.FORMAT)
                        .withPattern("^[" + CreditCodes.ALPHABET + "]{18}$");
            }
        };
    }

    /** A patent application number, normalised, with a correct check digit. */
    static FieldType<String> applicationNumber() {
        return new FieldType<>() {
            @Override
            public String parse(String text) throws FieldValueException {
                String number = ApplicationNumbers.normalise(text);
                if (number == null) {
                    throw new FieldValueException("application-number.format", text);
                }
                char expected = ApplicationNumbers.expectedCheck(number);
                if (number.charAt(number.length() - 1) != expected) {
                    throw new FieldValueException("application-number.check", text, String.valueOf(expected));
                }
                return number;
            }

            /** The stored form; a CN or ZL prefix, spaces, a small x and no dot are read too. */
            @Override
            public JsonShape jsonShape() {
                return JsonShape.string().withFormat(ApplicationNumbers.FORMAT)
                        .withPattern(ApplicationNumbers.STORED_PATTERN);
            }
        };
    }

    /** The id of another object (an agency, an attorney, a park); whether it fits is the kind's rule. */
    static FieldType<Long> reference() {
        return new FieldType<>() {
            @Override
            public Long parse(String text) throws FieldValueException {
                try {
                    long id = Long.parseLong(text);
                    if (id > 0) {
                        return id;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw new FieldValueException("field.reference-format", text);
            }

            @Override
            public Long fromJson(JsonValue json) throws FieldValueException {
                if (json instanceof JsonNumber number && number.isIntegral()) {
                    return parse(number.bigIntegerValue().toString());
                }
                throw new FieldValueException("field.wrong-type", expectedJson());
            }

            @Override
            public JsonValue toJson(Long value) {
                return JsonFactory.value(value);
            }

            @Override
            public boolean namesAnObject() {
                return true;
            }

            @Override
            public String expectedJson() {
                return "integer";
            }

            @Override
            public JsonShape jsonShape() {
                return JsonShape.integer().withFormat("int64").withRange(BigDecimal.ONE, null, false);
            }
        };
    }

    /** A decimal with at most {@code scale} decimals between 0 and {@code max}, such as training hours. */
    static FieldType<BigDecimal> decimal(int scale, BigDecimal max) {
        return decimalNumber(scale, max, true, "field.decimal", false);
    }

    /**
     * What money and other decimals share: a decimal text (thousands separators allowed) or JSON number,
     * at most {@code scale} decimals, from 0 up to {@code limit}; messages under {@code keys}
     * ({@code -format}, {@code -scale}, {@code -range}).
     */
    private static FieldType<BigDecimal> decimalNumber(int scale, BigDecimal limit, boolean limitIncluded, String keys,
                                                       boolean answerAsString) {
        return new FieldType<>() {
            @Override
            public BigDecimal parse(String text) throws FieldValueException {
                BigDecimal value;
                try {
                    value = new BigDecimal(text.replace(",", "").replace("，", ""));
                } catch (NumberFormatException e) {
                    throw new FieldValueException(keys + "-format", text);
                }
                if (value.stripTrailingZeros().scale() > scale) {
                    throw new FieldValueException(keys + "-scale", scale);
                }
                int toLimit = value.compareTo(limit);
                if (value.signum() < 0 || toLimit > 0 || toLimit == 0 && !limitIncluded) {
                    throw new FieldValueException(keys + "-range", limit.toPlainString());
                }
                return value.setScale(scale, java.math.RoundingMode.UNNECESSARY);
            }

            @Override
            public BigDecimal fromJson(JsonValue json) throws FieldValueException {
                if (json instanceof JsonNumber number) {
                    return parse(number.toString());
                }
                if (json instanceof JsonString) {
                    return FieldType.super.fromJson(json);
                }
                throw new FieldValueException("field.wrong-type", expectedJson());
            }

            @Override
            public JsonValue toJson(BigDecimal value) {
                return answerAsString ? JsonFactory.value(value.toPlainString()) : JsonFactory.value(value);
            }

            @Override
            public String format(BigDecimal value) {
                return value.toPlainString();
            }

            @Override
            public String expectedJson() {
                return "number or string";
            }

            @Override
            public boolean isMoney() {
                // Money is the one decimal answered as a string (so no client rounds it through a double).
                return answerAsString;
            }

            @Override
            public boolean numeric() {
                return true;
            }

            @Override
            public boolean ranged() {
                return true;
            }

            /**
             * Money is answered as a decimal string with exactly {@code scale} decimals and read from a JSON number
             * too; other decimals are answered as numbers and read from a decimal string too.
             */
            @Override
            public JsonShape jsonShape() {
                JsonShape number = JsonShape.number().withRange(BigDecimal.ZERO, limit, !limitIncluded)
                        .withMultipleOf(BigDecimal.ONE.movePointLeft(scale));
                JsonShape text = JsonShape.string().withFormat("decimal")
                        .withPattern("^\\d{1," + (limit.toBigInteger().toString().length() - (limitIncluded ? 0 : 1))
                                + "}(\\.\\d{1," + scale + "})?$");
                return answerAsString ? text.alsoAccepting(number) : number.alsoAccepting(text);
            }
        };
    }
}

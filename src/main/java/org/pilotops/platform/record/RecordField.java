package org.pilotops.platform.record;

import jakarta.json.JsonValue;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.pilotops.platform.field.FieldType;
import org.pilotops.platform.field.FieldValueException;

/**
 * One field of a record kind: its JSON and column name, the entity attribute it is stored in (the same
 * name unless said otherwise), its type, whether it is required, and how to read it from and write it
 * to the entity.
 */
public final class RecordField<E, V> {

    private final String name;
    private final String attribute;
    private final FieldType<V> type;
    private final boolean required;
    private final Function<E, V> getter;
    private final BiConsumer<E, V> setter;

    private RecordField(String name, String attribute, FieldType<V> type, boolean required, Function<E, V> getter,
                        BiConsumer<E, V> setter) {
        this.name = name;
        this.attribute = attribute;
        this.type = type;
        this.required = required;
        this.getter = getter;
        this.setter = setter;
    }

    public static <E, V> RecordField<E, V> required(String name, FieldType<V> type, Function<E, V> getter,
                                                    BiConsumer<E, V> setter) {
        return new RecordField<>(name, name, type, true, getter, setter);
    }

    public static <E, V> RecordField<E, V> optional(String name, FieldType<V> type, Function<E, V> getter,
                                                    BiConsumer<E, V> setter) {
        return new RecordField<>(name, name, type, false, getter, setter);
    }

    /** The same field stored at another entity attribute path, such as {@code sme.name} of an embeddable. */
    public RecordField<E, V> at(String attributePath) {
        return new RecordField<>(name, attributePath, type, required, getter, setter);
    }

    public String name() {
        return name;
    }

    /** The entity attribute path the database queries sort and filter on. */
    public String attribute() {
        return attribute;
    }

    public FieldType<V> type() {
        return type;
    }

    public boolean required() {
        return required;
    }

    /** Reads the text of a form input or a file cell; blank is "no value". */
    public V parseText(String text) throws FieldValueException {
        String trimmed = text == null ? "" : text.strip();
        return trimmed.isEmpty() ? null : type.parse(trimmed);
    }

    /** Reads a JSON member; absent and {@code null} are "no value". */
    public V parseJson(JsonValue json) throws FieldValueException {
        return json == null || json == JsonValue.NULL ? null : type.fromJson(json);
    }

    public V read(E record) {
        return getter.apply(record);
    }

    public String text(E record) {
        V value = getter.apply(record);
        return value == null ? "" : type.format(value);
    }

    public JsonValue json(E record) {
        V value = getter.apply(record);
        return value == null ? JsonValue.NULL : type.toJson(value);
    }

    @SuppressWarnings("unchecked")
    void assign(E record, Object value) {
        setter.accept(record, (V) value);
    }
}

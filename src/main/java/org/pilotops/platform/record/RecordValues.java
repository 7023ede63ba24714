package org.pilotops.platform.record;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The checked values of one record, keyed by field name: every required field is there and every value
 * has its field's type. Only {@link RecordKind} makes them, so holding one means the input was valid.
 */
public final class RecordValues {

    private final Map<String, Object> values;

    RecordValues(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Object get(String field) {
        return values.get(field);
    }

    public Map<String, Object> asMap() {
        return values;
    }
}

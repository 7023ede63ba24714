package org.pilotops.platform.record;

import java.util.List;

/** A value that cannot be read as its field's type; carries the message key and its arguments. */
public class FieldValueException extends Exception {

    private final String key;
    private final List<Object> args;

    public FieldValueException(String key, Object... args) {
        super(key, null, false, false);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}

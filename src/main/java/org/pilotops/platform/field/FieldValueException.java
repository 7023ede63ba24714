package org.pilotops.platform.field;

import java.util.List;

/**
 * A value that cannot be read as its field's type; carries the message key and its arguments, and for a
 * value made of rows (a yearly caseload) the row and column of the cell at fault, so a form can show the
 * refusal beside that cell.
 */
public class FieldValueException extends Exception {

    private final String key;
    private final List<Object> args;
    private final int row;
    private final String column;

    public FieldValueException(String key, Object... args) {
        this(key, List.of(args), -1, null);
    }

    private FieldValueException(String key, List<Object> args, int row, String column) {
        super(key, null, false, false);
        this.key = key;
        this.args = args;
        this.row = row;
        this.column = column;
    }

    /** The same refusal, placed on a cell: the row counted from 0, the column named as in {@link FieldType#rowColumns()}. */
    public FieldValueException atCell(int row, String column) {
        return new FieldValueException(key, args, row, column);
    }

    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }

    /** The row of the cell at fault, from 0; -1 when the refusal is not about one cell. */
    public int row() {
        return row;
    }

    /** The column of the cell at fault; null when the refusal concerns a whole row or no row at all. */
    public String column() {
        return column;
    }
}

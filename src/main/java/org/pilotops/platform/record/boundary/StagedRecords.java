package org.pilotops.platform.record.boundary;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of an import that passed every check, kept in the form the store step writes them, until the
 * whole file is known to be good: a file is stored whole or not at all, and its bad rows are reported
 * before anything is written. Kept in a temporary file rather than in memory, so 200,000 rows cost disk,
 * not heap; written once and read back once, in order, in chunks. Deleted on close.
 * <p>
 * The values are those a {@link RecordTable} binds (strings, numbers, dates, date-times), so nothing is
 * parsed or checked again when they are read back.
 */
final class StagedRecords implements AutoCloseable {

    /**
     * One checked row: a new record (no id yet) or a correction of record {@code id} read at
     * {@code version}; the values of its columns, the rows of each child table (null where a correction
     * leaves a collection as it was), when it changed, and its audit states.
     */
    record Staged(long id, long version, Instant at, Object[] columns, List<List<Object[]>> children, String before,
                  String after) {

        static Staged created(Instant at, Object[] columns, List<List<Object[]>> children, String after) {
            return new Staged(0, 0, at, columns, children, null, after);
        }

        boolean isNew() {
            return id == 0;
        }
    }

    private static final byte NULL = 0;
    private static final byte STRING = 1;
    private static final byte LONG = 2;
    private static final byte INT = 3;
    private static final byte BOOLEAN = 4;
    private static final byte DECIMAL = 5;
    private static final byte DATE = 6;
    private static final byte TIMESTAMP = 7;
    private static final byte SHORT = 8;

    private final Path file;
    private DataOutputStream out;
    private DataInputStream in;
    private int count;

    private StagedRecords(Path file) throws IOException {
        this.file = file;
        this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
    }

    static StagedRecords create() {
        try {
            return new StagedRecords(Files.createTempFile("pilotops-import-", ".staged"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int count() {
        return count;
    }

    void add(Staged row) {
        try {
            out.writeLong(row.id());
            out.writeLong(row.version());
            out.writeLong(row.at().toEpochMilli());
            writeValues(row.columns());
            out.writeInt(row.children().size());
            for (List<Object[]> rows : row.children()) {
                out.writeInt(rows == null ? -1 : rows.size());
                if (rows != null) {
                    for (Object[] child : rows) {
                        writeValues(child);
                    }
                }
            }
            writeString(row.before());
            writeString(row.after());
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next rows in the order they were added, at most {@code max}; empty at the end. */
    List<Staged> next(int max) {
        try {
            if (in == null) {
                out.close();
                out = null;
                in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
            }
            List<Staged> rows = new ArrayList<>(Math.min(max, 1024));
            while (rows.size() < max) {
                long id;
                try {
                    id = in.readLong();
                } catch (EOFException end) {
                    break;
                }
                long version = in.readLong();
                Instant at = Instant.ofEpochMilli(in.readLong());
                Object[] columns = readValues();
                int tables = in.readInt();
                List<List<Object[]>> children = new ArrayList<>(tables);
                for (int t = 0; t < tables; t++) {
                    int n = in.readInt();
                    List<Object[]> childRows = n < 0 ? null : new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        childRows.add(readValues());
                    }
                    children.add(childRows);
                }
                rows.add(new Staged(id, version, at, columns, children, readString(), readString()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeValues(Object[] values) throws IOException {
        out.writeShort(values.length);
        for (Object value : values) {
            if (value == null) {
                out.writeByte(NULL);
            } else if (value instanceof String s) {
                out.writeByte(STRING);
                writeString(s);
            } else if (value instanceof Long l) {
                out.writeByte(LONG);
                out.writeLong(l);
            } else if (value instanceof Integer i) {
                out.writeByte(INT);
                out.writeInt(i);
            } else if (value instanceof Short s) {
                out.writeByte(SHORT);
                out.writeShort(s);
            } else if (value instanceof Boolean b) {
                out.writeByte(BOOLEAN);
                out.writeBoolean(b);
            } else if (value instanceof BigDecimal d) {
                out.writeByte(DECIMAL);
                out.writeInt(d.scale());
                byte[] unscaled = d.unscaledValue().toByteArray();
                out.writeShort(unscaled.length);
                out.write(unscaled);
            } else if (value instanceof LocalDate d) {
                out.writeByte(DATE);
                out.writeLong(d.toEpochDay());
            } else if (value instanceof LocalDateTime t) {
                out.writeByte(TIMESTAMP);
                out.writeLong(t.toEpochSecond(ZoneOffset.UTC));
                out.writeInt(t.getNano());
            } else {
                throw new IllegalArgumentException("Cannot stage a " + value.getClass().getName());
            }
        }
    }

    private Object[] readValues() throws IOException {
        Object[] values = new Object[in.readShort()];
        for (int i = 0; i < values.length; i++) {
            byte type = in.readByte();
            values[i] = switch (type) {
                case NULL -> null;
                case STRING -> readString();
                case LONG -> in.readLong();
                case INT -> in.readInt();
                case SHORT -> in.readShort();
                case BOOLEAN -> in.readBoolean();
                case DECIMAL -> {
                    int scale = in.readInt();
                    byte[] unscaled = new byte[in.readShort()];
                    in.readFully(unscaled);
                    yield new BigDecimal(new BigInteger(unscaled), scale);
                }
                case DATE -> LocalDate.ofEpochDay(in.readLong());
                case TIMESTAMP -> LocalDateTime.ofEpochSecond(in.readLong(), in.readInt(), ZoneOffset.UTC);
                default -> throw new IOException("Unknown staged value type " + type);
            };
        }
        return values;
    }

    private void writeString(String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private String readString() throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
            if (in != null) {
                in.close();
            }
        } catch (IOException e) {
            // The file is deleted below either way.
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}

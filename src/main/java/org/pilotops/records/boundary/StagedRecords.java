package org.pilotops.records.boundary;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
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
    private static final byte DATE_TIME = 7;
    private static final byte SHORT = 8;

    private final Path file;
    private OutputStream out;
    private InputStream in;
    /** One row's bytes, encoded or decoded whole: no per-value call into a (synchronized) stream. */
    private ByteBuffer row = ByteBuffer.allocate(4096);
    private int count;

    private StagedRecords(Path file) throws IOException {
        this.file = file;
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
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

    void add(Staged staged) {
        row.clear();
        row.putInt(0); // the row's length, filled in below
        row.putLong(staged.id());
        row.putLong(staged.version());
        row.putLong(staged.at().toEpochMilli());
        putValues(staged.columns());
        room(4);
        row.putInt(staged.children().size());
        for (List<Object[]> rows : staged.children()) {
            room(4);
            row.putInt(rows == null ? -1 : rows.size());
            if (rows != null) {
                for (Object[] child : rows) {
                    putValues(child);
                }
            }
        }
        putString(staged.before());
        putString(staged.after());
        row.putInt(0, row.position() - 4);
        try {
            out.write(row.array(), 0, row.position());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
    }

    /** The next rows in the order they were added, at most {@code max}; empty at the end. */
    List<Staged> next(int max) {
        try {
            if (in == null) {
                out.close();
                out = null;
                in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            }
            List<Staged> rows = new ArrayList<>(Math.min(max, 1024));
            byte[] length = new byte[4];
            while (rows.size() < max && in.readNBytes(length, 0, 4) == 4) {
                int size = ByteBuffer.wrap(length).getInt();
                if (row.capacity() < size) {
                    row = ByteBuffer.allocate(size);
                }
                row.clear();
                if (in.readNBytes(row.array(), 0, size) != size) {
                    throw new IOException("Staged rows cut short");
                }
                row.limit(size);
                long id = row.getLong();
                long version = row.getLong();
                Instant at = Instant.ofEpochMilli(row.getLong());
                Object[] columns = getValues();
                int tables = row.getInt();
                List<List<Object[]>> children = new ArrayList<>(tables);
                for (int t = 0; t < tables; t++) {
                    int n = row.getInt();
                    List<Object[]> childRows = n < 0 ? null : new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        childRows.add(getValues());
                    }
                    children.add(childRows);
                }
                rows.add(new Staged(id, version, at, columns, children, getString(), getString()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes room for {@code bytes} more in the row buffer, growing it as needed. */
    private void room(int bytes) {
        if (row.remaining() < bytes) {
            ByteBuffer larger = ByteBuffer.allocate(Math.max(row.capacity() * 2, row.position() + bytes));
            row.flip();
            larger.put(row);
            row = larger;
        }
    }

    private void putValues(Object[] values) {
        room(2);
        row.putShort((short) values.length);
        for (Object value : values) {
            room(13);
            if (value == null) {
                row.put(NULL);
            } else if (value instanceof String s) {
                row.put(STRING);
                putString(s);
            } else if (value instanceof Long l) {
                row.put(LONG).putLong(l);
            } else if (value instanceof Integer i) {
                row.put(INT).putInt(i);
            } else if (value instanceof Short s) {
                row.put(SHORT).putShort(s);
            } else if (value instanceof Boolean b) {
                row.put(BOOLEAN).put((byte) (b ? 1 : 0));
            } else if (value instanceof BigDecimal d) {
                byte[] unscaled = d.unscaledValue().toByteArray();
                room(7 + unscaled.length);
                row.put(DECIMAL).putInt(d.scale()).putShort((short) unscaled.length).put(unscaled);
            } else if (value instanceof LocalDate d) {
                row.put(DATE).putLong(d.toEpochDay());
            } else if (value instanceof LocalDateTime t) {
                row.put(DATE_TIME).putLong(t.toEpochSecond(ZoneOffset.UTC)).putInt(t.getNano());
            } else {
                throw new IllegalArgumentException("Cannot stage a " + value.getClass().getName());
            }
        }
    }

    private Object[] getValues() throws IOException {
        Object[] values = new Object[row.getShort()];
        for (int i = 0; i < values.length; i++) {
            byte type = row.get();
            values[i] = switch (type) {
                case NULL -> null;
                case STRING -> getString();
                case LONG -> row.getLong();
                case INT -> row.getInt();
                case SHORT -> row.getShort();
                case BOOLEAN -> row.get() != 0;
                case DECIMAL -> {
                    int scale = row.getInt();
                    byte[] unscaled = new byte[row.getShort()];
                    row.get(unscaled);
                    yield new BigDecimal(new BigInteger(unscaled), scale);
                }
                case DATE -> LocalDate.ofEpochDay(row.getLong());
                case DATE_TIME -> LocalDateTime.ofEpochSecond(row.getLong(), row.getInt(), ZoneOffset.UTC);
                default -> throw new IOException("Unknown staged value type " + type);
            };
        }
        return values;
    }

    private void putString(String s) {
        if (s == null) {
            room(4);
            row.putInt(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        room(4 + bytes.length);
        row.putInt(bytes.length).put(bytes);
    }

    private String getString() {
        int length = row.getInt();
        if (length < 0) {
            return null;
        }
        String s = new String(row.array(), row.position(), length, StandardCharsets.UTF_8);
        row.position(row.position() + length);
        return s;
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

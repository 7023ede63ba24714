package org.pilotops.platform.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.PayloadTooLargeException;
import org.pilotops.platform.problem.Violation;

/**
 * An uploaded file spooled to a temporary file, deleted on close, with its size and SHA-256: an import
 * streams its rows from it and a typical case's attachment is judged as a whole and then stored
 * chunk by chunk, neither holding it in memory. More than the limit is refused with 413; the rest of such
 * a body is read and dropped (up to a bound), so the client receives the answer instead of a connection
 * reset while it is still sending. An empty body is a 400 on {@code file}.
 */
public final class Upload implements AutoCloseable {

    /** The most an import may upload. */
    public static final int MAX_BYTES = 64 << 20;

    /** Most bytes of a refused body read and dropped before the answer. */
    private static final long DRAIN_MAX = 64L << 20;

    private final Path file;
    private final long size;
    private final String sha256;

    private Upload(Path file, long size, String sha256) {
        this.file = file;
        this.size = size;
        this.sha256 = sha256;
    }

    /** An import's file: at most {@value #MAX_BYTES} bytes. */
    public static Upload spool(InputStream body) {
        return spool(body, MAX_BYTES, "file.no-rows");
    }

    /**
     * A file of at most {@code maxBytes}; {@code emptyKey} is the message that an empty one is refused with.
     */
    public static Upload spool(InputStream body, int maxBytes, String emptyKey) {
        Path file = null;
        try (InputStream in = body) {
            file = Files.createTempFile("pilotops-upload-", ".bin");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long total = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while (in != null && (n = in.read(buffer)) != -1) {
                    total += n;
                    if (total > maxBytes) {
                        drain(in, buffer, total);
                        throw new PayloadTooLargeException(maxBytes);
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            if (total == 0) {
                throw new InvalidInputException(Violation.of("file", emptyKey));
            }
            return new Upload(file, total, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            delete(file);
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    private static void drain(InputStream in, byte[] buffer, long read) {
        try {
            long total = read;
            int n;
            while (total < DRAIN_MAX && (n = in.read(buffer)) != -1) {
                total += n;
            }
        } catch (IOException ignored) {
            // The answer is 413 either way.
        }
    }

    public Path file() {
        return file;
    }

    public long size() {
        return size;
    }

    /** The content's SHA-256, hex. */
    public String sha256() {
        return sha256;
    }

    @Override
    public void close() {
        delete(file);
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}

package org.pilotops.platform.record.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.PayloadTooLargeException;
import org.pilotops.platform.problem.Violation;

/**
 * An uploaded file spooled to a temporary file, at most {@value #MAX_BYTES} bytes, deleted on close. An
 * import reads it twice (check, then store) without holding it in memory.
 */
public final class Upload implements AutoCloseable {

    public static final int MAX_BYTES = 64 << 20;

    private final Path file;

    private Upload(Path file) {
        this.file = file;
    }

    public static Upload spool(InputStream body) {
        Path file = null;
        try (InputStream in = body) {
            file = Files.createTempFile("pilotops-upload-", ".bin");
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                int n;
                while (in != null && (n = in.read(buffer)) != -1) {
                    total += n;
                    if (total > MAX_BYTES) {
                        throw new PayloadTooLargeException(MAX_BYTES);
                    }
                    out.write(buffer, 0, n);
                }
                if (total == 0) {
                    throw new InvalidInputException(Violation.of("file", "file.no-rows"));
                }
            }
            return new Upload(file);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    /** Takes over a file already on disk, such as one the portal received. */
    public static Upload of(Path file) {
        return new Upload(file);
    }

    public Path file() {
        return file;
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

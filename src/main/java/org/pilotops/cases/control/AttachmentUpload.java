package org.pilotops.cases.control;

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
 * An attachment on its way in, spooled to a temporary file (deleted on close) with its size and SHA-256,
 * so that its content can be judged as a whole ({@link AttachmentFormat}) and then stored chunk by chunk
 * without ever being held in memory. More than {@link AttachmentFormat#MAX_BYTES} is refused with 413; the
 * rest of such a body is read and dropped (up to a bound), so the client receives the answer instead of
 * a connection reset while it is still sending.
 */
public final class AttachmentUpload implements AutoCloseable {

    /** Most bytes of a refused body read and dropped before the answer. */
    private static final long DRAIN_MAX = 64L << 20;

    private final Path file;
    private final long size;
    private final String sha256;

    private AttachmentUpload(Path file, long size, String sha256) {
        this.file = file;
        this.size = size;
        this.sha256 = sha256;
    }

    public static AttachmentUpload spool(InputStream body) {
        Path file = null;
        try (InputStream in = body) {
            file = Files.createTempFile("pilotops-attachment-", ".bin");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long total = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                int n;
                while (in != null && (n = in.read(buffer)) != -1) {
                    total += n;
                    if (total > AttachmentFormat.MAX_BYTES) {
                        drain(in, buffer, total);
                        throw new PayloadTooLargeException(AttachmentFormat.MAX_BYTES);
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            if (total == 0) {
                throw new InvalidInputException(Violation.of("file", "case.attachment.empty"));
            }
            return new AttachmentUpload(file, total, HexFormat.of().formatHex(digest.digest()));
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

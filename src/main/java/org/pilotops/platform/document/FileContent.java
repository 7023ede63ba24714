package org.pilotops.platform.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * What a file's content is, never what its name or the type a client declared says: an {@code .exe}
 * renamed {@code .pdf} is no PDF. PDF, PNG and JPEG are recognised by their signature and, where a
 * truncated file can be told, by their end (a PDF's {@code %%EOF}, a PNG's {@code IEND}, a JPEG's
 * end-of-image marker); DOCX and XLSX are ZIP packages whose entries are read (every entry's data is checked
 * against its CRC) and must hold {@code [Content_Types].xml} and the parts of a Word document
 * ({@code word/…}) or of a workbook ({@code xl/…}), not both. Anything else — CSV included, which has no
 * signature — is none of them.
 */
public final class FileContent {

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] PNG_END = {'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** How far before the end a PDF's {@code %%EOF} or a JPEG's end marker may lie (trailing bytes are common). */
    private static final int TAIL = 2048;
    /** A package with more entries than this is no office document worth keeping (and may be a zip bomb). */
    private static final int MAX_ENTRIES = 10_000;
    /** Most bytes a package may unpack to: a 20 MB document of compressed XML unpacks well below this. */
    private static final long MAX_UNPACKED = 512L << 20;

    private FileContent() {
    }

    /** The format the file's content shows, or empty when it is none of those above or is broken. */
    public static Optional<FileFormat> of(Path file) throws IOException {
        long size = Files.size(file);
        if (size < 8) {
            return Optional.empty();
        }
        byte[] head = new byte[8];
        byte[] tail = new byte[(int) Math.min(TAIL, size)];
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.readFully(head);
            in.seek(size - tail.length);
            in.readFully(tail);
        }
        if (startsWith(head, PDF_MAGIC)) {
            return contains(tail, new byte[] {'%', '%', 'E', 'O', 'F'}) ? Optional.of(FileFormat.PDF) : Optional.empty();
        }
        if (startsWith(head, PNG_MAGIC)) {
            return contains(tail, PNG_END) ? Optional.of(FileFormat.PNG) : Optional.empty();
        }
        if (startsWith(head, JPEG_MAGIC)) {
            return contains(tail, new byte[] {(byte) 0xFF, (byte) 0xD9}) ? Optional.of(FileFormat.JPEG) : Optional.empty();
        }
        if (startsWith(head, ZIP_MAGIC)) {
            return officePackage(file);
        }
        return Optional.empty();
    }

    /** DOCX or XLSX when the ZIP reads through and holds the parts of one; empty for a broken or other ZIP. */
    private static Optional<FileFormat> officePackage(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Set<String> names = new HashSet<>();
            long unpacked = 0;
            byte[] buffer = new byte[64 * 1024];
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (names.size() >= MAX_ENTRIES) {
                    return Optional.empty();
                }
                names.add(entry.getName());
                // Reading each entry through checks its compressed data and its CRC.
                try (InputStream in = zip.getInputStream(entry)) {
                    int n;
                    while ((n = in.read(buffer)) != -1) {
                        unpacked += n;
                        if (unpacked > MAX_UNPACKED) {
                            return Optional.empty();
                        }
                    }
                }
            }
            if (!names.contains("[Content_Types].xml")) {
                return Optional.empty();
            }
            boolean word = names.stream().anyMatch(n -> n.startsWith("word/") && n.endsWith(".xml"));
            boolean workbook = names.stream().anyMatch(n -> n.startsWith("xl/") && n.endsWith(".xml"));
            if (word == workbook) {
                return Optional.empty();
            }
            return Optional.of(word ? FileFormat.DOCX : FileFormat.XLSX);
        } catch (ZipException | SecurityException | IllegalArgumentException broken) {
            return Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= bytes.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

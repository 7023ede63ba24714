package org.pilotops.platform.document;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.function.Consumer;

/**
 * A file the platform hands to a reader — a summary as PDF, an overview as a workbook — built once and
 * served the same way by the portal's download buttons and the API's {@code ?format=}.
 */
public record Document(String fileName, FileFormat format, byte[] content) {

    /** A document of the given base name (without extension), written by {@code writer}. */
    public static Document write(String baseName, FileFormat format, Consumer<OutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return new Document(baseName + "." + format.extension(), format, out.toByteArray());
    }
}

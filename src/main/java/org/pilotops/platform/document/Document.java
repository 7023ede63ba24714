package org.pilotops.platform.document;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;

/**
 * A file the platform hands to a reader — a summary as PDF, an overview as a workbook — built once and
 * served the same way by the portal's download buttons and the API's {@code ?format=}.
 */
public record Document(String fileName, Format format, byte[] content) {

    /** The kinds of document the programme's readers ask for, by the name a {@code ?format=} gives. */
    public enum Format {
        PDF("pdf", "application/pdf"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        private final String extension;
        private final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }

        public String extension() {
            return extension;
        }

        public String mediaType() {
            return mediaType;
        }

        /** The format a {@code format} parameter names, in any case; a 400 naming the parameter otherwise. */
        public static Format named(String name) {
            return Arrays.stream(values()).filter(f -> f.extension.equalsIgnoreCase(name == null ? "" : name.strip()))
                    .findFirst().orElseThrow(() -> refused(name, values()));
        }

        /** The refusal of a format a reader asked for where only {@code written} are offered. */
        public static InvalidInputException refused(String asked, Format... written) {
            return new InvalidInputException(Violation.of("format", "document.format-unknown", String.valueOf(asked),
                    Arrays.stream(written).map(Format::extension).collect(Collectors.joining(", "))));
        }
    }

    /** A document of the given base name (without extension), written by {@code writer}. */
    public static Document write(String baseName, Format format, Consumer<OutputStream> writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.accept(out);
        return new Document(baseName + "." + format.extension(), format, out.toByteArray());
    }
}

package org.pilotops.platform.document;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;

/**
 * Every kind of file the programme reads or writes, with its extension and media type: record files (CSV,
 * XLSX), the documents readers download (PDF, XLSX, DOCX) and the attachments a case carries (PDF, DOCX,
 * XLSX, JPEG, PNG; told by their content, {@link FileContent}).
 */
public enum FileFormat {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    CSV("csv", "text/csv"),
    JPEG("jpg", "image/jpeg", "jpeg", "jpe"),
    PNG("png", "image/png");

    private final String extension;
    private final String mediaType;
    private final List<String> otherExtensions;

    FileFormat(String extension, String mediaType, String... otherExtensions) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.otherExtensions = List.of(otherExtensions);
    }

    /** The extension a file of this format is written with. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** Whether a file name ends with one of this format's extensions, in any case. */
    public boolean fitsName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith("." + extension) || otherExtensions.stream().anyMatch(e -> lower.endsWith("." + e));
    }

    /**
     * The format a media type (parameters ignored), an extension or a file name names, in any case; empty
     * when it names none.
     */
    public static Optional<FileFormat> of(String mediaTypeExtensionOrName) {
        if (mediaTypeExtensionOrName == null) {
            return Optional.empty();
        }
        String asked = mediaTypeExtensionOrName.toLowerCase(Locale.ROOT).split(";")[0].strip();
        return Arrays.stream(values())
                .filter(f -> f.mediaType.equals(asked) || f.extension.equals(asked) || f.otherExtensions.contains(asked)
                        || f.fitsName(asked))
                .findFirst();
    }

    /** The format a reader's {@code format} parameter names, any of ours; what a reader is offered is the writer's to judge. */
    public static FileFormat named(String name) {
        return named(name, values());
    }

    /**
     * The format a reader's {@code format} parameter names (an extension, in any case) when it is one of
     * {@code offered}; a 400 naming {@code format} and listing them otherwise.
     */
    public static FileFormat named(String name, FileFormat... offered) {
        String asked = name == null ? "" : name.strip();
        return Arrays.stream(offered).filter(f -> f.extension.equalsIgnoreCase(asked)).findFirst()
                .orElseThrow(() -> refused(name, offered));
    }

    /** The refusal of a format a reader asked for where only {@code offered} are written. */
    public static InvalidInputException refused(String asked, FileFormat... offered) {
        return new InvalidInputException(Violation.of("format", "document.format-unknown", String.valueOf(asked),
                Arrays.stream(offered).map(FileFormat::extension).collect(Collectors.joining(", "))));
    }
}

package org.pilotops.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A file attached to a typical case: a PDF, a Word document, a workbook or a picture that shows the case's
 * results. Its type is what its content is ({@code platform.document.FileContent}), never what its name or the
 * uploading client claimed; its name is what the city called it, cleaned of any path and control
 * characters, and only ever used to name the download. The bytes live in {@code case_attachment_chunk}.
 * Written once, never changed: no version.
 */
@Entity
@Table(name = "case_attachment")
public class CaseAttachment {

    /** Longest stored file name, in characters. */
    public static final int NAME_MAX = 255;

    /** Largest attachment: 20 MB. */
    public static final int MAX_BYTES = 20 << 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private long caseId;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "sha256", nullable = false, updatable = false)
    private String sha256;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CaseAttachment() {
    }

    public CaseAttachment(long caseId, String fileName, String mediaType, long size, String sha256, String createdBy,
                          Instant createdAt) {
        this.caseId = caseId;
        this.fileName = Objects.requireNonNull(fileName);
        this.mediaType = Objects.requireNonNull(mediaType);
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256);
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /**
     * The name to keep for a file: the last part of whatever path a browser or client sent (both {@code /}
     * and {@code \}), without control characters and the characters Windows refuses in names, trimmed, at
     * most {@value #NAME_MAX} characters (keeping the extension); {@code fallback} when nothing is left.
     */
    public static String cleanName(String name, String fallback) {
        if (name == null) {
            return fallback;
        }
        String last = name;
        int slash = Math.max(last.lastIndexOf('/'), last.lastIndexOf('\\'));
        if (slash >= 0) {
            last = last.substring(slash + 1);
        }
        StringBuilder clean = new StringBuilder();
        last.codePoints().forEach(c -> {
            if (!Character.isISOControl(c) && "<>:\"|?*".indexOf(c) < 0
                    && Character.getType(c) != Character.FORMAT) {
                clean.appendCodePoint(c);
            }
        });
        String result = clean.toString().strip();
        while (result.startsWith(".")) {
            result = result.substring(1).strip();
        }
        if (result.isEmpty()) {
            return fallback;
        }
        if (result.codePointCount(0, result.length()) > NAME_MAX) {
            int dot = result.lastIndexOf('.');
            String extension = dot > 0 && result.length() - dot <= 10 ? result.substring(dot) : "";
            String stem = result.substring(0, result.length() - extension.length());
            int keep = NAME_MAX - extension.length();
            result = stem.substring(0, stem.offsetByCodePoints(0, Math.min(keep, stem.codePointCount(0, stem.length()))))
                    + extension;
        }
        return result;
    }

    public Long getId() {
        return id;
    }

    public long getCaseId() {
        return caseId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    /** The SHA-256 of the content, hex, for checking a file against its original. */
    public String getSha256() {
        return sha256;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

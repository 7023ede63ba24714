package org.pilotops.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import org.pilotops.cases.control.CaseReviewPolicy;
import org.pilotops.cases.entity.CaseAction;
import org.pilotops.cases.entity.CaseAttachment;
import org.pilotops.cases.entity.TypicalCase;
import org.pilotops.platform.audit.AuditEntry.Action;
import org.pilotops.platform.document.FileContent;
import org.pilotops.platform.document.FileFormat;
import org.pilotops.platform.persistence.RetriedOnDeadlock;
import org.pilotops.platform.problem.ConflictException;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.UnsupportedMediaTypeException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.platform.rest.Upload;
import org.pilotops.platform.security.Actor;

/**
 * The files a case carries (PDF, DOCX, XLSX, JPEG, PNG, judged by their content), stored in the database in
 * chunks with the case (one backup, one transaction; see decision 0002): attached and removed while the
 * city may edit the case, read by whoever may see it.
 */
@ApplicationScoped
@Transactional
@RetriedOnDeadlock
public class CaseAttachments {

    /** Most attachments per case. */
    public static final int ATTACHMENTS_MAX = 10;

    /** The size of the chunks attachments are stored in: one statement each, far below max_allowed_packet. */
    static final int CHUNK_BYTES = 1 << 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    TypicalCases store;

    public record AttachmentView(long id, String fileName, String mediaType, long size, Instant createdAt,
                                 String createdBy) {
    }

    /** Writes an attachment's bytes; reads them from the database chunk by chunk as it writes. */
    @FunctionalInterface
    public interface StreamingBody {
        void writeTo(OutputStream out) throws IOException;
    }

    /** An attachment to download: the name it was given, its type as judged on the way in, its size, its bytes. */
    public record AttachmentContent(String fileName, String mediaType, long size, StreamingBody body) {
    }

    /**
     * Attaches a file while the case may be edited, by the city's reporters: a PDF, DOCX, XLSX, JPEG or PNG
     * by its content (415), at most {@value #ATTACHMENTS_MAX} per case (409). The name is kept for the
     * download only, cleaned of paths and control characters. The file arrives spooled ({@link #spool}).
     */
    public AttachmentView attach(Actor actor, long caseId, String fileName, Upload upload) {
        TypicalCase typicalCase = store.load(actor, caseId);
        CaseReviewPolicy.requirePermitted(actor, typicalCase.getCityId(), CaseAction.EDIT);
        typicalCase.requireEditable();
        try {
            FileFormat format = FileContent.of(upload.file())
                    .orElseThrow(() -> new UnsupportedMediaTypeException(Violation.of("file", "case.attachment.type")));
            // One attachment at a time per case, so two uploads together cannot make an eleventh; the lock
            // is taken only now, after the body has been read. It does not change the case's version, so
            // an editor open beside the upload still saves.
            em.refresh(typicalCase, LockModeType.PESSIMISTIC_WRITE);
            typicalCase.requireEditable();
            long count = em.createQuery("select count(a) from CaseAttachment a where a.caseId = :case", Long.class)
                    .setParameter("case", caseId).getSingleResult();
            if (count >= ATTACHMENTS_MAX) {
                throw new ConflictException(Violation.of("file", "case.attachment.too-many", ATTACHMENTS_MAX));
            }
            CaseAttachment attachment = new CaseAttachment(caseId, fileName(fileName, format), format.mediaType(),
                    upload.size(), upload.sha256(), actor.username(), store.now());
            em.persist(attachment);
            store.flush(typicalCase.getVersion());
            storeChunks(attachment.getId(), upload);
            store.audit(actor, Action.UPDATE, typicalCase, null, JsonFactory.object()
                    .add("attached", attachmentState(attachment)).build());
            return attachmentView(attachment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An attachment's body read to a temporary file, at most 20 MB (413), before any transaction begins: a
     * client sending 20 MB slowly must not hold one of the pool's database connections all the while.
     */
    public static Upload spool(InputStream body) {
        return Upload.spool(body, CaseAttachment.MAX_BYTES, "case.attachment.empty");
    }

    /** Removes an attachment while the case may be edited, by the city's reporters. */
    public void detach(Actor actor, long caseId, long attachmentId) {
        TypicalCase typicalCase = store.load(actor, caseId);
        CaseReviewPolicy.requirePermitted(actor, typicalCase.getCityId(), CaseAction.EDIT);
        typicalCase.requireEditable();
        CaseAttachment attachment = attachmentOf(caseId, attachmentId);
        JsonObject removed = attachmentState(attachment);
        em.remove(attachment);
        store.flush(typicalCase.getVersion());
        store.audit(actor, Action.UPDATE, typicalCase, JsonFactory.object().add("detached", removed).build(), null);
    }

    /**
     * An attachment to download, for whoever may see the case. The bytes are read when the body is
     * written, one chunk at a time.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AttachmentContent attachment(Actor actor, long caseId, long attachmentId) {
        store.load(actor, caseId);
        CaseAttachment attachment = attachmentOf(caseId, attachmentId);
        long id = attachment.getId();
        int chunks = (int) ((attachment.getSize() + CHUNK_BYTES - 1) / CHUNK_BYTES);
        return new AttachmentContent(attachment.getFileName(), attachment.getMediaType(), attachment.getSize(),
                out -> {
                    for (int seq = 0; seq < chunks; seq++) {
                        out.write(chunk(id, seq));
                    }
                });
    }

    private CaseAttachment attachmentOf(long caseId, long attachmentId) {
        CaseAttachment attachment = em.find(CaseAttachment.class, attachmentId);
        if (attachment == null || attachment.getCaseId() != caseId) {
            throw new NotFoundException();
        }
        return attachment;
    }

    private void storeChunks(long attachmentId, Upload upload) throws IOException {
        try (InputStream in = Files.newInputStream(upload.file())) {
            int seq = 0;
            byte[] chunk;
            while ((chunk = in.readNBytes(CHUNK_BYTES)).length > 0) {
                em.createNativeQuery("INSERT INTO case_attachment_chunk (attachment_id, seq, bytes) VALUES (?, ?, ?)")
                        .setParameter(1, attachmentId).setParameter(2, seq++).setParameter(3, chunk)
                        .executeUpdate();
            }
        }
    }

    private byte[] chunk(long attachmentId, int seq) {
        Object bytes = em.createNativeQuery("SELECT bytes FROM case_attachment_chunk WHERE attachment_id = ? AND seq = ?")
                .setParameter(1, attachmentId).setParameter(2, seq).getSingleResult();
        if (bytes instanceof byte[] array) {
            return array;
        }
        if (bytes instanceof java.sql.Blob blob) {
            try {
                return blob.getBytes(1, (int) blob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Unexpected chunk type " + bytes.getClass());
    }

    /** The name kept for a download: cleaned, with the extension of what the content is when it has another. */
    static String fileName(String given, FileFormat format) {
        String name = CaseAttachment.cleanName(given, "attachment." + format.extension());
        if (!format.fitsName(name)) {
            name = CaseAttachment.cleanName(name + "." + format.extension(), name);
        }
        return name;
    }

    static AttachmentView attachmentView(CaseAttachment a) {
        return new AttachmentView(a.getId(), a.getFileName(), a.getMediaType(), a.getSize(), a.getCreatedAt(),
                a.getCreatedBy());
    }

    private static JsonObject attachmentState(CaseAttachment a) {
        JsonObjectBuilder json = JsonFactory.object()
                .add("fileName", a.getFileName())
                .add("mediaType", a.getMediaType())
                .add("size", a.getSize())
                .add("sha256", a.getSha256());
        if (a.getId() != null) {
            json.add("id", a.getId());
        }
        return json.build();
    }
}

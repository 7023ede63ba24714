package org.pilotops.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import org.pilotops.platform.persistence.InstantConverter;

/**
 * Writes the audit trail inside the transaction of the change it describes, so a change and its entry
 * are stored together or not at all, and reads it back for the history of one object.
 */
@ApplicationScoped
public class AuditLog {

    private static final String INSERT = "INSERT INTO audit_entry (occurred_at, actor, action, source, import_id, "
            + "subject_type, subject_id, city_id, before_state, after_state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final InstantConverter UTC = new InstantConverter();

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(AuditEntry entry) {
        em.persist(entry);
    }

    /**
     * Writes many entries as one JDBC batch on the transaction's own connection: an import of 100,000
     * records audits each of them without 100,000 round trips (generated keys, which JPA would fetch one
     * by one, are not needed for an append-only row). The caller has flushed, so the connection is held.
     * <p>
     * The statement says {@code NO_GENERATED_KEYS} on purpose: Payara's connection wrapper prepares a plain
     * {@code prepareStatement(sql)} through the driver's {@code (sql, type, concurrency)} form, which
     * MariaDB Connector/J 3.5 treats as asking for generated keys; a batch that asks for keys cannot use
     * the server's bulk protocol before MariaDB 11.5 and goes as one INSERT per entry instead (measured:
     * 20,000 entries took about four times as long).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement insert = connection.prepareStatement(INSERT, Statement.NO_GENERATED_KEYS)) {
            for (AuditEntry e : entries) {
                insert.setTimestamp(1, UTC.convertToDatabaseColumn(e.getOccurredAt()));
                insert.setString(2, e.getActor());
                insert.setString(3, e.getAction().name());
                insert.setString(4, e.getSource());
                insert.setString(5, e.getImportId());
                insert.setString(6, e.getSubjectType());
                insert.setLong(7, e.getSubjectId());
                if (e.getCityId() == null) {
                    insert.setNull(8, Types.BIGINT);
                } else {
                    insert.setLong(8, e.getCityId());
                }
                insert.setString(9, e.getBefore());
                insert.setString(10, e.getAfter());
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the audit trail", e);
        }
    }

    /** The history of one object, newest first. */
    public List<AuditEntry> historyOf(String subjectType, long subjectId) {
        return em.createQuery("select a from AuditEntry a where a.subjectType = :type and a.subjectId = :id "
                        + "order by a.id desc", AuditEntry.class)
                .setParameter("type", subjectType)
                .setParameter("id", subjectId)
                .getResultList();
    }
}

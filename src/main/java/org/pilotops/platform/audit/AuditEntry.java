package org.pilotops.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** One change, as it was: written once in the transaction of the change, never updated. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    /** What happened; {@code IMPORT} is only found in entries written before imports audited every record. */
    public enum Action { CREATE, UPDATE, DELETE, IMPORT }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false)
    private Action action;

    /** Where the change came from (portal, API, import), as the subject's own source names it. */
    @Column(name = "source", updatable = false)
    private String source;

    /** The import a change belongs to: every record one file created or updated shares it. */
    @Column(name = "import_id", updatable = false)
    private String importId;

    @Column(name = "subject_type", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "city_id", updatable = false)
    private Long cityId;

    @Column(name = "before_state", updatable = false)
    private String before;

    @Column(name = "after_state", updatable = false)
    private String after;

    protected AuditEntry() {
    }

    public AuditEntry(Instant occurredAt, String actor, Action action, String source, String importId,
                      String subjectType, long subjectId, Long cityId, String before, String after) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.source = source;
        this.importId = importId;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.cityId = cityId;
        this.before = before;
        this.after = after;
    }

    /** A change made now, outside any import; states as the API shows them (null before a creation, after a deletion). */
    public static AuditEntry change(String actor, Action action, String source, String subjectType, long subjectId,
                                    Long cityId, JsonObject before, JsonObject after) {
        return new AuditEntry(Instant.now().truncatedTo(ChronoUnit.MILLIS), actor, action, source, null, subjectType,
                subjectId, cityId, before == null ? null : before.toString(), after == null ? null : after.toString());
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Action getAction() {
        return action;
    }

    public String getSource() {
        return source;
    }

    public String getImportId() {
        return importId;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public long getSubjectId() {
        return subjectId;
    }

    public Long getCityId() {
        return cityId;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}

package org.pilotops.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change, as it was: written once in the transaction of the change, never updated. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

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

    AuditEntry(Instant occurredAt, String actor, Action action, String subjectType, long subjectId, Long cityId,
               String before, String after) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.cityId = cityId;
        this.before = before;
        this.after = after;
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

package org.pilotops.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * A record of the case's city that backs the case: its kind's code (the REST path of the record kind,
 * e.g. {@code navigation-projects}) and its id. Whether it exists and belongs to the city is checked by
 * the service through the record mechanism on every save.
 */
@Embeddable
public class CaseRecordLink {

    @Column(name = "kind", nullable = false, updatable = false)
    private String kind;

    @Column(name = "record_id", nullable = false, updatable = false)
    private long recordId;

    protected CaseRecordLink() {
    }

    public CaseRecordLink(String kind, long recordId) {
        this.kind = Objects.requireNonNull(kind);
        this.recordId = recordId;
    }

    public String getKind() {
        return kind;
    }

    public long getRecordId() {
        return recordId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CaseRecordLink other && kind.equals(other.kind) && recordId == other.recordId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, recordId);
    }

    @Override
    public String toString() {
        return kind + "/" + recordId;
    }
}

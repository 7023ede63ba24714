package org.pilotops.platform.record;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.pilotops.platform.persistence.BaseEntity;
import org.pilotops.platform.problem.Violation;

/**
 * What every logged record of a pilot city has: the city it belongs to, its reporting year (taken from
 * its main date, so it cannot disagree with it), where it came from, the agency that logged it (agency
 * staff see only their own), and who created and last changed it.
 */
@MappedSuperclass
public abstract class CityRecord extends BaseEntity {

    @Column(name = "city_id", nullable = false, updatable = false)
    private Long cityId;

    @Column(name = "year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, updatable = false)
    private RecordSource source;

    @Column(name = "logging_agency_id", updatable = false)
    private Long loggingAgencyId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The date that decides the reporting year (a project's start, a contract's date, …). */
    public abstract LocalDate mainDate();

    /**
     * Rules across fields (an end not before its start, …), checked after every field parsed. Each
     * violation names the field the user should correct.
     */
    public List<Violation> crossFieldViolations() {
        return List.of();
    }

    /** A period's end may be open but never before its start; the violation is on {@code endDate}. */
    protected static List<Violation> periodViolations(LocalDate start, LocalDate end) {
        return end != null && start != null && end.isBefore(start)
                ? List.of(Violation.of("endDate", "field.end-before-start")) : List.of();
    }

    /** Stamps a new record with its owner and origin. */
    public void logged(long city, Long loggingAgency, RecordSource origin, String by, Instant at) {
        this.cityId = city;
        this.loggingAgencyId = loggingAgency;
        this.source = origin;
        this.createdBy = by;
        this.createdAt = at;
        touched(by, at);
    }

    /** Records a change and re-derives the reporting year from the main date. */
    public void touched(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
        this.year = mainDate().getYear();
    }

    public Long getCityId() {
        return cityId;
    }

    public int getYear() {
        return year;
    }

    public RecordSource getSource() {
        return source;
    }

    /** The agency whose staff logged this record, or null when the city logged it. */
    public Long getLoggingAgencyId() {
        return loggingAgencyId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}

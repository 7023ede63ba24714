package org.pilotops.training.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.pilotops.platform.record.CityRecord;

/**
 * One IP training session. {@code galaxyProgramme} marks sessions of the national 银河培训工程; the
 * attendees by audience add up to the city's talent indicators.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession extends CityRecord {

    @Column(name = "title", nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "audience", nullable = false)
    private TrainingAudience audience;

    @Column(name = "sector")
    private String sector;

    /** {@code date} is a reserved word in SQL, hence the column name. */
    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(name = "hours", nullable = false)
    private BigDecimal hours;

    @Column(name = "attendees", nullable = false)
    private int attendees;

    @Column(name = "organiser", nullable = false)
    private String organiser;

    @Column(name = "galaxy_programme", nullable = false)
    private boolean galaxyProgramme;

    @Override
    public LocalDate mainDate() {
        return date;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public TrainingAudience getAudience() {
        return audience;
    }

    public void setAudience(TrainingAudience audience) {
        this.audience = audience;
    }

    public String getSector() {
        return sector;
    }

    public void setSector(String sector) {
        this.sector = sector;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public BigDecimal getHours() {
        return hours;
    }

    public void setHours(BigDecimal hours) {
        this.hours = hours;
    }

    public Integer getAttendees() {
        return attendees;
    }

    public void setAttendees(Integer attendees) {
        this.attendees = attendees;
    }

    public String getOrganiser() {
        return organiser;
    }

    public void setOrganiser(String organiser) {
        this.organiser = organiser;
    }

    public Boolean getGalaxyProgramme() {
        return galaxyProgramme;
    }

    public void setGalaxyProgramme(Boolean galaxyProgramme) {
        this.galaxyProgramme = Boolean.TRUE.equals(galaxyProgramme);
    }
}

package org.pilotops.cases.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.pilotops.platform.field.FieldType;
import org.pilotops.platform.persistence.BaseEntity;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.review.ReviewComment;

/**
 * A pilot city's typical success case (典型成功案例, SPEC §8): what the city did in one pilot content area
 * and what came of it, told as background, measures and results, backed by records the city logged, for
 * the national compilation of 2020. The case carries its own review (see {@link CaseStatus}): each method
 * checks that the state allows the step, takes it, and keeps it in the history with who, when and what
 * they said. Who may take which step is decided before, by {@code control.CaseReviewPolicy}; the clock is
 * the application's.
 *
 * <p>Texts are plain text, trimmed, at most {@value #TEXT_MAX} characters each (the title
 * {@value #TITLE_MAX}, on one line); a draft needs only its title, a submission every part.
 */
@Entity
@Table(name = "typical_case")
public class TypicalCase extends BaseEntity {

    /** The year the notice asks for typical cases, and the default of a new case. */
    public static final int DEFAULT_YEAR = 2020;
    public static final int TITLE_MAX = 200;
    /** Longest background, measures or results, in characters: about twenty pages of Chinese text. */
    public static final int TEXT_MAX = 20_000;
    /** Most backing records one case links. */
    public static final int LINKS_MAX = 50;

    private static final FieldType<String> TITLE = FieldType.text(TITLE_MAX);
    private static final FieldType<String> TEXT = FieldType.text(TEXT_MAX);

    @Column(name = "city_id", nullable = false, updatable = false)
    private Long cityId;

    @Column(name = "year", nullable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "area")
    private CaseArea area;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "background")
    private String background;

    @Column(name = "measures")
    private String measures;

    @Column(name = "results")
    private String results;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CaseStatus status;

    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "typical_case_record", joinColumns = @JoinColumn(name = "case_id"))
    private List<CaseRecordLink> links = new ArrayList<>();

    @OneToMany(mappedBy = "typicalCase", cascade = CascadeType.PERSIST)
    @OrderBy("id ASC")
    private List<CaseStep> history = new ArrayList<>();

    protected TypicalCase() {
    }

    /**
     * A new draft of the city, written by {@code by}: its content is checked as {@link #revise} checks it.
     */
    public TypicalCase(long cityId, String by, Clock clock, CaseContent content) {
        this.cityId = cityId;
        this.status = CaseStatus.DRAFT;
        Instant now = now(clock);
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = now;
        write(content);
        touched(by, now);
    }

    /**
     * Saves the city's case: every part at once. Allowed while a draft or returned (it stays
     * {@code RETURNED} until submitted again). Texts are trimmed, blank ones kept as not written; the
     * title is always required. Nothing changes when anything is refused.
     */
    public void revise(String by, Clock clock, CaseContent content) {
        require(CaseAction.EDIT);
        write(content);
        touched(by, now(clock));
    }

    /**
     * Hands the case in, or in again after a return. Title, area, background, measures and results are
     * all needed ({@link CaseNotSubmittableException} names what is missing).
     */
    public void submit(String by, Clock clock, String comment) {
        require(CaseAction.SUBMIT);
        String said = ReviewComment.of(comment, false);
        List<Violation> missing = new ArrayList<>();
        if (title == null) {
            missing.add(Violation.of("title", "field.required"));
        }
        if (area == null) {
            missing.add(Violation.of("area", "field.required"));
        }
        if (background == null) {
            missing.add(Violation.of("background", "field.required"));
        }
        if (measures == null) {
            missing.add(Violation.of("measures", "field.required"));
        }
        if (results == null) {
            missing.add(Violation.of("results", "field.required"));
        }
        if (!missing.isEmpty()) {
            throw new CaseNotSubmittableException(missing);
        }
        Instant now = now(clock);
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
        }
        submittedAt = now;
        step(CaseAction.SUBMIT, by, now, said);
    }

    /** A national reviewer selects the submitted case for the compilation. */
    public void select(String by, Clock clock, String comment) {
        require(CaseAction.SELECT);
        step(CaseAction.SELECT, by, now(clock), ReviewComment.of(comment, false));
    }

    /** A national reviewer sends the submitted case back to the city, saying why. */
    public void returnToCity(String by, Clock clock, String comment) {
        require(CaseAction.RETURN);
        step(CaseAction.RETURN, by, now(clock), ReviewComment.of(comment, true));
    }

    /** Attachments may be added or removed exactly when the case may be edited. */
    public void requireEditable() {
        require(CaseAction.EDIT);
    }

    /** What the case's state allows now (who may do it is another matter). */
    public Set<CaseAction> allowedActions() {
        return status.allowedActions();
    }

    /**
     * Only a draft never handed in can be deleted: once submitted, the reviewers have seen it and its
     * history stays.
     */
    public boolean isDeletable() {
        return status == CaseStatus.DRAFT && firstSubmittedAt == null;
    }

    private void require(CaseAction action) {
        if (!status.allows(action)) {
            throw new CaseTransitionRefusedException(action, status);
        }
    }

    private void step(CaseAction action, String by, Instant at, String comment) {
        CaseStatus from = status;
        status = from.after(action);
        history.add(new CaseStep(this, action, from, status, Objects.requireNonNull(by), at, comment));
        touched(by, at);
    }

    private void touched(String by, Instant at) {
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Checks all of the content, then writes all of it, or refuses naming every field wrong. */
    private void write(CaseContent content) {
        List<Violation> violations = new ArrayList<>();
        String newTitle = TITLE.parseOptional("title", content.title(), violations);
        if (newTitle != null && (newTitle.indexOf('\n') >= 0 || newTitle.indexOf('\r') >= 0 || newTitle.indexOf('\t') >= 0)) {
            violations.add(Violation.of("title", "case.title.one-line"));
        } else if (newTitle == null && violations.stream().noneMatch(v -> v.field().equals("title"))) {
            violations.add(Violation.of("title", "field.required"));
        }
        String newBackground = TEXT.parseOptional("background", content.background(), violations);
        String newMeasures = TEXT.parseOptional("measures", content.measures(), violations);
        String newResults = TEXT.parseOptional("results", content.results(), violations);
        if (content.links().size() > LINKS_MAX) {
            violations.add(Violation.of("links", "case.links.too-many", LINKS_MAX));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.year = content.year();
        this.area = content.area();
        this.title = newTitle;
        this.background = newBackground;
        this.measures = newMeasures;
        this.results = newResults;
        this.links.clear();
        this.links.addAll(content.links());
    }

    private static Instant now(Clock clock) {
        // At the database's precision, so an answer shows what a later read will show.
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }



    public Long getCityId() {
        return cityId;
    }

    public int getYear() {
        return year;
    }

    /** The pilot content area; null while a draft has none yet. */
    public CaseArea getArea() {
        return area;
    }

    public String getTitle() {
        return title;
    }

    /** 背景; null when not written. */
    public String getBackground() {
        return background;
    }

    /** 主要做法; null when not written. */
    public String getMeasures() {
        return measures;
    }

    /** 取得成效 (with figures); null when not written. */
    public String getResults() {
        return results;
    }

    public CaseStatus getStatus() {
        return status;
    }

    /** When the city first handed the case in; null before. */
    public Instant getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    /** When the city last handed the case in; null before the first time. */
    public Instant getSubmittedAt() {
        return submittedAt;
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

    /** The backing records, in the order the city gave them. */
    public List<CaseRecordLink> getLinks() {
        return List.copyOf(links);
    }

    /** Every step of the review so far, oldest first. */
    public List<CaseStep> getHistory() {
        return List.copyOf(history);
    }
}

package org.pilotops.summary.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pilotops.platform.field.FieldType;
import org.pilotops.platform.persistence.BaseEntity;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.review.ReviewComment;

/**
 * A pilot city's annual work summary and next year's plan (年度工作总结和下一年度工作计划), which the
 * notice asks of every pilot city at the end of every pilot year: a narrative per pilot content area,
 * the plan, targets for next year's main indicators, and the indicator table computed from the city's
 * records, frozen when the city submits. The summary carries its own review (see {@link SummaryStatus}):
 * each method checks that the state allows the step, takes it, and keeps it in the history with who,
 * when, what they said and the indicator table of that moment. Who may take which step is decided
 * before, by {@code control.SummaryReviewPolicy}; the clock is the application's, so due dates and
 * history agree with every other date rule.
 *
 * <p>Every method that may be refused takes the {@link ReportingYear}, because whether a submitted
 * summary is endorsed or accepted next depends on the year, and so does what a refusal says is allowed.
 */
@Entity
@Table(name = "annual_summary")
public class AnnualSummary extends BaseEntity {

    /** Longest narrative of one area and longest plan, in characters: about twenty pages of Chinese text. */
    public static final int TEXT_MAX = 20_000;

    private static final FieldType<String> TEXT = FieldType.text(TEXT_MAX);

    @Column(name = "city_id", nullable = false, updatable = false)
    private Long cityId;

    @Column(name = "year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private SummaryStatus status;

    @Column(name = "section_navigation")
    private String navigation;

    @Column(name = "section_operation")
    private String operation;

    @Column(name = "section_protection")
    private String protection;

    @Column(name = "section_management")
    private String management;

    @Column(name = "section_public_service")
    private String publicService;

    @Column(name = "section_talent")
    private String talent;

    @Column(name = "next_year_plan")
    private String nextYearPlan;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "annual_summary_target", joinColumns = @JoinColumn(name = "summary_id"))
    @MapKeyColumn(name = "indicator")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "target", nullable = false)
    private Map<Indicator, BigDecimal> targets = new EnumMap<>(Indicator.class);

    /** The indicator table frozen at the last submission, while the summary is with the reviewers or accepted. */
    @Column(name = "frozen_indicators")
    private String frozenIndicators;

    @Column(name = "first_submitted_at")
    private Instant firstSubmittedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @OneToMany(mappedBy = "summary", cascade = CascadeType.PERSIST)
    @OrderBy("id ASC")
    private List<SummaryStep> history = new ArrayList<>();

    protected AnnualSummary() {
    }

    /** The summary a city owes for a year, not started yet. */
    public AnnualSummary(long cityId, int year) {
        this.cityId = cityId;
        this.year = year;
        this.status = SummaryStatus.NOT_STARTED;
    }

    /**
     * Saves the city's draft: every narrative, the plan and the targets at once. Allowed while the
     * summary is not started (which starts it: {@code DRAFT}), a draft, or returned (it stays
     * {@code RETURNED} until it is submitted again). Texts are trimmed, blank ones kept as not written;
     * targets only for main indicators and in their indicator's unit. Nothing changes when anything is
     * refused.
     */
    public void revise(ReportingYear reportingYear, String by, Clock clock, SummaryDraft draft) {
        require(SummaryAction.EDIT, reportingYear);
        List<Violation> violations = new ArrayList<>();
        Map<SummarySection, String> sections = new EnumMap<>(SummarySection.class);
        for (SummarySection section : SummarySection.values()) {
            sections.put(section, TEXT.parseOptional("sections." + section.name(), draft.sections().get(section), violations));
        }
        String plan = TEXT.parseOptional("nextYearPlan", draft.nextYearPlan(), violations);
        draft.targets().forEach((indicator, target) -> {
            String field = "targets." + indicator.name();
            if (!indicator.isMain()) {
                violations.add(Violation.of(field, "summary.target.not-main"));
            } else {
                indicator.unit().targetViolation(field, target).ifPresent(violations::add);
            }
        });
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant now = clock.instant();
        if (status == SummaryStatus.NOT_STARTED) {
            step(SummaryAction.EDIT, by, now, null, null);
        }
        sections.forEach(this::write);
        this.nextYearPlan = plan;
        this.targets.clear();
        draft.targets().forEach((indicator, target) -> targets.put(indicator, indicator.unit().normalise(target)));
        touched(by, now);
    }

    /**
     * Hands the summary in, or in again after a return, with the indicator table of this moment, which
     * stays frozen while the reviewers look at it. Every area needs its narrative and the next year its
     * plan. The first submission decides whether the city was on time; a later one never changes that.
     *
     * @param frozenIndicators the indicator table as JSON ({@code control.IndicatorTable#toJson})
     * @param comment          optional words for the reviewers
     */
    public void submit(ReportingYear reportingYear, String by, Clock clock, String frozenIndicators, String comment) {
        require(SummaryAction.SUBMIT, reportingYear);
        Objects.requireNonNull(frozenIndicators, "a submission freezes the indicator table");
        String said = ReviewComment.of(comment, false);
        List<Violation> missing = new ArrayList<>();
        for (SummarySection section : SummarySection.values()) {
            if (section(section) == null) {
                missing.add(Violation.of("sections." + section.name(), "field.required"));
            }
        }
        if (nextYearPlan == null) {
            missing.add(Violation.of("nextYearPlan", "field.required"));
        }
        if (!missing.isEmpty()) {
            throw new SummaryNotSubmittableException(missing);
        }
        Instant now = clock.instant();
        if (firstSubmittedAt == null) {
            firstSubmittedAt = now;
        }
        submittedAt = now;
        this.frozenIndicators = frozenIndicators;
        step(SummaryAction.SUBMIT, by, now, said, frozenIndicators);
    }

    /** The province reviewer endorses the submitted summary (省级审核通过); only in a year with endorsement. */
    public void endorse(ReportingYear reportingYear, String by, Clock clock, String comment) {
        require(SummaryAction.ENDORSE, reportingYear);
        step(SummaryAction.ENDORSE, by, clock.instant(), ReviewComment.of(comment, false), frozenIndicators);
    }

    /**
     * A national reviewer accepts the summary: endorsed, or merely submitted in a year without province
     * endorsement. From now on the city's records of the year are locked ({@link #locksRecords()}).
     */
    public void accept(ReportingYear reportingYear, String by, Clock clock, String comment) {
        require(SummaryAction.ACCEPT, reportingYear);
        step(SummaryAction.ACCEPT, by, clock.instant(), ReviewComment.of(comment, false), frozenIndicators);
    }

    /**
     * A province or national reviewer sends a submitted or endorsed summary back to the city, saying why.
     * The history keeps the table that was returned; the city's indicators are live again while it edits.
     */
    public void returnToCity(ReportingYear reportingYear, String by, Clock clock, String comment) {
        require(SummaryAction.RETURN, reportingYear);
        step(SummaryAction.RETURN, by, clock.instant(), ReviewComment.of(comment, true), frozenIndicators);
        frozenIndicators = null;
    }

    /**
     * A national reviewer takes an accepted summary back to draft, saying why, which unlocks the year's
     * records. The history keeps the table that had been accepted; the first submission keeps deciding
     * whether the city was on time.
     */
    public void reopen(ReportingYear reportingYear, String by, Clock clock, String reason) {
        require(SummaryAction.REOPEN, reportingYear);
        step(SummaryAction.REOPEN, by, clock.instant(), ReviewComment.of(reason, true), frozenIndicators);
        frozenIndicators = null;
    }

    /** What the summary's state allows now in its year (who may do it is another matter). */
    public Set<SummaryAction> allowedActions(ReportingYear reportingYear) {
        return status.allowedActions(sameYear(reportingYear).isProvinceEndorsement());
    }

    /** On time, late, not due yet or overdue, by the year's due date and the application clock. */
    public SubmissionTimeliness timeliness(ReportingYear reportingYear, Clock clock) {
        ReportingYear year = sameYear(reportingYear);
        if (firstSubmittedAt != null) {
            return year.isOnTime(firstSubmittedAt) ? SubmissionTimeliness.ON_TIME : SubmissionTimeliness.LATE;
        }
        return year.isSummaryOverdue(clock) ? SubmissionTimeliness.OVERDUE : SubmissionTimeliness.NOT_DUE_YET;
    }

    /** The city's records of the summary's year are locked: the summary is accepted. */
    public boolean locksRecords() {
        return status == SummaryStatus.ACCEPTED;
    }

    /** True when {@link #getFrozenIndicators()} is the table to show; otherwise compute it live. */
    public boolean isIndicatorsFrozen() {
        return status.indicatorsFrozen();
    }

    private void require(SummaryAction action, ReportingYear reportingYear) {
        boolean endorsement = sameYear(reportingYear).isProvinceEndorsement();
        if (!status.allows(action, endorsement)) {
            throw new SummaryTransitionRefusedException(action, status, endorsement);
        }
    }

    private ReportingYear sameYear(ReportingYear reportingYear) {
        if (reportingYear.getYear() != year) {
            throw new IllegalArgumentException("The summary of " + year + " is judged by its own year, not " + reportingYear.getYear());
        }
        return reportingYear;
    }

    private void step(SummaryAction action, String by, Instant at, String comment, String indicators) {
        SummaryStatus from = status;
        status = from.after(action);
        history.add(new SummaryStep(this, action, from, status, Objects.requireNonNull(by), at, comment, indicators));
        touched(by, at);
    }

    private void touched(String by, Instant at) {
        // Also what makes the version move when only the targets change: they live in a table of their own.
        this.updatedBy = by;
        this.updatedAt = at;
    }



    private void write(SummarySection section, String text) {
        switch (section) {
            case NAVIGATION -> navigation = text;
            case OPERATION -> operation = text;
            case PROTECTION -> protection = text;
            case MANAGEMENT -> management = text;
            case PUBLIC_SERVICE -> publicService = text;
            case TALENT -> talent = text;
        }
    }

    /** The narrative of one area; null when not written. */
    public String section(SummarySection section) {
        return switch (section) {
            case NAVIGATION -> navigation;
            case OPERATION -> operation;
            case PROTECTION -> protection;
            case MANAGEMENT -> management;
            case PUBLIC_SERVICE -> publicService;
            case TALENT -> talent;
        };
    }

    /** Every area with its narrative (null when not written), in the notice's order. */
    public Map<SummarySection, String> getSections() {
        Map<SummarySection, String> sections = new EnumMap<>(SummarySection.class);
        for (SummarySection section : SummarySection.values()) {
            sections.put(section, section(section));
        }
        return Collections.unmodifiableMap(sections);
    }

    public Long getCityId() {
        return cityId;
    }

    public int getYear() {
        return year;
    }

    public SummaryStatus getStatus() {
        return status;
    }

    /** The next year's plan; null when not written. */
    public String getNextYearPlan() {
        return nextYearPlan;
    }

    /** Next year's target per main indicator the city set one for. */
    public Map<Indicator, BigDecimal> getTargets() {
        Map<Indicator, BigDecimal> copy = new EnumMap<>(Indicator.class);
        copy.putAll(targets);
        return Collections.unmodifiableMap(copy);
    }

    /** The indicator table frozen at submission, as JSON, while {@link #isIndicatorsFrozen()}; null otherwise. */
    public String getFrozenIndicators() {
        return frozenIndicators;
    }

    /** When the city first handed the summary in, which decides whether it was on time; null before. */
    public Instant getFirstSubmittedAt() {
        return firstSubmittedAt;
    }

    /** When the city last handed the summary in; null before the first time. */
    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** Every step of the review so far, oldest first. */
    public List<SummaryStep> getHistory() {
        return List.copyOf(history);
    }
}

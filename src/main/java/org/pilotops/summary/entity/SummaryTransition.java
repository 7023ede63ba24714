package org.pilotops.summary.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.pilotops.platform.review.ReviewStep;

/**
 * One step of a summary's review, kept for good: who moved it from which state to which, when, what they
 * said, and the indicator table as it stood at that step (the one frozen at submission, which the
 * reviewers judged; none when a draft is started). Everyone who may see the summary sees its whole
 * history. Written once, never changed: no version.
 */
@Entity
@Table(name = "summary_transition")
public class SummaryTransition implements ReviewStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "summary_id", nullable = false, updatable = false)
    private AnnualSummary summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false)
    private SummaryAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false, updatable = false)
    private SummaryStatus fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false)
    private SummaryStatus toState;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "comment", updatable = false)
    private String comment;

    @Column(name = "indicators", updatable = false)
    private String indicators;

    protected SummaryTransition() {
    }

    SummaryTransition(AnnualSummary summary, SummaryAction action, SummaryStatus fromState, SummaryStatus toState,
                      String actor, Instant at, String comment, String indicators) {
        this.summary = summary;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor;
        this.at = at;
        this.comment = comment;
        this.indicators = indicators;
    }

    public Long getId() {
        return id;
    }

    public SummaryAction getAction() {
        return action;
    }

    public SummaryStatus getFromState() {
        return fromState;
    }

    public SummaryStatus getToState() {
        return toState;
    }

    /** The username of who took the step. */
    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    /** What the actor said; required for a return or a reopening, null when nothing was said. */
    public String getComment() {
        return comment;
    }

    /** The indicator table of that moment as JSON ({@code control.IndicatorTable}); null when a draft is started. */
    public String getIndicators() {
        return indicators;
    }
}

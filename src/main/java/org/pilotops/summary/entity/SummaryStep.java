package org.pilotops.summary.entity;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import org.pilotops.platform.review.ReviewStep;

/**
 * A step of an annual summary's review: the common step, bound to its summary, with the indicator table as
 * it stood at that step (the one frozen at submission, which the reviewers judged; none when a draft is
 * started).
 */
@Entity
@DiscriminatorValue("SUMMARY")
public class SummaryStep extends ReviewStep {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "summary_id", updatable = false)
    private AnnualSummary summary;

    @Column(name = "indicators", updatable = false)
    private String indicators;

    protected SummaryStep() {
    }

    SummaryStep(AnnualSummary summary, SummaryAction action, SummaryStatus fromState, SummaryStatus toState,
                String actor, Instant at, String comment, String indicators) {
        super(action, fromState, toState, actor, at, comment);
        this.summary = summary;
        this.indicators = indicators;
    }

    /** The indicator table of that moment as JSON ({@code control.IndicatorTable}); null when a draft is started. */
    public String getIndicators() {
        return indicators;
    }
}

package org.pilotops.cases.entity;

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
 * One step of a case's review, kept for good: who moved it from which state to which, when, and what they
 * said. Everyone who may see the case sees its whole history. Written once, never changed: no version.
 */
@Entity
@Table(name = "case_transition")
public class CaseTransition implements ReviewStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    private TypicalCase typicalCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false)
    private CaseAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false, updatable = false)
    private CaseStatus fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, updatable = false)
    private CaseStatus toState;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "comment", updatable = false)
    private String comment;

    protected CaseTransition() {
    }

    CaseTransition(TypicalCase typicalCase, CaseAction action, CaseStatus fromState, CaseStatus toState, String actor,
                   Instant at, String comment) {
        this.typicalCase = typicalCase;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor;
        this.at = at;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public CaseAction getAction() {
        return action;
    }

    public CaseStatus getFromState() {
        return fromState;
    }

    public CaseStatus getToState() {
        return toState;
    }

    /** The username of who took the step. */
    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    /** What the actor said; required for a return, null when nothing was said. */
    public String getComment() {
        return comment;
    }
}

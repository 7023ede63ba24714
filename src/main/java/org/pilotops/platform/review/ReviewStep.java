package org.pilotops.platform.review;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.pilotops.platform.rest.JsonFactory;

/**
 * One step of a document's review, kept for good: who moved it from which state to which, when, and what
 * they said. Every reviewed document — an annual summary, a typical case, and the plans and assessments
 * that come next — keeps its history as these rows in the one table {@code review_step}; a workflow is a
 * subclass that binds the step to its document (its own column and foreign key) and names its actions
 * and states. Everyone who may see the document sees its whole history. Written once, never changed: no
 * version.
 */
@Entity
@Table(name = "review_step")
@Inheritance(strategy = InheritanceType.SINGLE_TABLE)
@DiscriminatorColumn(name = "workflow", length = 16)
public abstract class ReviewStep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "action", nullable = false, updatable = false)
    private String action;

    @Column(name = "from_state", nullable = false, updatable = false)
    private String fromState;

    @Column(name = "to_state", nullable = false, updatable = false)
    private String toState;

    @Column(name = "actor", nullable = false, updatable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "comment", updatable = false)
    private String comment;

    protected ReviewStep() {
    }

    /** A step taken by {@code actor} at {@code at}; {@code comment} as {@link ReviewComment} read it. */
    protected ReviewStep(Enum<?> action, Enum<?> fromState, Enum<?> toState, String actor, Instant at, String comment) {
        this.action = action.name();
        this.fromState = fromState.name();
        this.toState = toState.name();
        this.actor = Objects.requireNonNull(actor);
        this.at = Objects.requireNonNull(at);
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    /** The action's name in the workflow's own enumeration (pages look up its label by it). */
    public String getAction() {
        return action;
    }

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    /** The username of who took the step. */
    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    /** What the actor said; null when nothing was said. */
    public String getComment() {
        return comment;
    }

    /** The step in the API's history: {@code {action, from, to, actor, at, comment}}, comment null when nothing was said. */
    public JsonObject toJson() {
        JsonObjectBuilder json = JsonFactory.object()
                .add("action", action)
                .add("from", fromState)
                .add("to", toState)
                .add("actor", actor)
                .add("at", at.toString());
        if (comment == null) {
            json.addNull("comment");
        } else {
            json.add("comment", comment);
        }
        return json.build();
    }

    /** A document's history in the API: its steps, oldest first. */
    public static JsonArray json(List<? extends ReviewStep> history) {
        JsonArrayBuilder steps = JsonFactory.array();
        history.forEach(step -> steps.add(step.toJson()));
        return steps.build();
    }

    /** A history as pages show it: newest first. */
    public static <S extends ReviewStep> List<S> newestFirst(List<S> history) {
        List<S> steps = new ArrayList<>(history);
        Collections.reverse(steps);
        return steps;
    }
}

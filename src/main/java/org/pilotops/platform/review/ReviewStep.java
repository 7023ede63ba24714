package org.pilotops.platform.review;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import org.pilotops.platform.rest.JsonFactory;

/**
 * One step of a review as its history keeps it — who moved the document from which state to which, when,
 * and what they said — and the one way the API shows it: {@code {action, from, to, actor, at, comment}}.
 */
public interface ReviewStep {

    Enum<?> getAction();

    Enum<?> getFromState();

    Enum<?> getToState();

    /** The username of who took the step. */
    String getActor();

    Instant getAt();

    /** What the actor said; null when nothing was said. */
    String getComment();

    /** The step in the API's history; {@code comment} is null when nothing was said. */
    default JsonObject toJson() {
        JsonObjectBuilder json = JsonFactory.object()
                .add("action", getAction().name())
                .add("from", getFromState().name())
                .add("to", getToState().name())
                .add("actor", getActor())
                .add("at", getAt().toString());
        if (getComment() == null) {
            json.addNull("comment");
        } else {
            json.add("comment", getComment());
        }
        return json.build();
    }
}

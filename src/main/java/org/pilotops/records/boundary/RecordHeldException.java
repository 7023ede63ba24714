package org.pilotops.records.boundary;

import java.util.List;
import org.pilotops.platform.problem.ConflictException;
import org.pilotops.platform.problem.Violation;

/** A record that something still relies on (see {@link org.pilotops.platform.record.RecordHold}) is not deleted: 409 naming the holders. */
public class RecordHeldException extends ConflictException {

    public RecordHeldException(List<String> holders) {
        super("record.held.detail", List.of(Violation.of("id", "record.held", String.join(", ", holders))),
                String.join(", ", holders));
    }

    @Override
    public String problemType() {
        return "record-held";
    }
}

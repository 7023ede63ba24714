package org.pilotops.platform.mail;

import java.util.List;
import org.pilotops.platform.problem.ConflictException;
import org.pilotops.platform.problem.Violation;

/**
 * Only a {@code FAILED} mail can be put back in the queue: 409. A queued or sending mail is on its way
 * already, and a sent one would arrive twice. The violation on {@code status} says where the mail stands.
 */
public class MailNotRequeueableException extends ConflictException {

    public MailNotRequeueableException(MailStatus current) {
        super("outbox.refused.requeue", List.of(Violation.of("status", "outbox.state." + current.name())));
    }

    @Override
    public String problemType() {
        return "outbox-state";
    }
}

package org.pilotops.operations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.pilotops.platform.mail.MailStatus;
import org.pilotops.platform.mail.OutboxMailDto;
import org.pilotops.platform.mail.OutboxService;
import org.pilotops.platform.problem.PilotOpsException;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.time.ApplicationClock;
import org.pilotops.platform.web.PageMessages;

/**
 * {@code operations/outbox.xhtml[?status=]} (administrators): the mails the platform queued, sent or gave
 * up on, with attempts and the last error — where an operator sees that no SMTP server is configured, or
 * that one refuses, before anyone misses a reminder — and puts failed mails back in the queue, one or all.
 */
@Named
@ViewScoped
public class OutboxListView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 500;

    @Inject
    OutboxService outbox;

    @Inject
    CurrentActor current;

    @Inject
    PageMessages messages;

    private String status;
    private List<OutboxMailDto> items;

    public void load() {
        items = outbox.list(current.get(), status, SHOWN);
    }

    public void requeue(OutboxMailDto mail) {
        try {
            outbox.requeue(current.get(), mail.id());
            messages.info("outbox.requeued", mail.recipient());
        } catch (PilotOpsException refusal) {
            // Changed since the page was loaded: the detail says so, the refreshed row shows where it stands.
            messages.refused(refusal, "outbox:", v -> true);
        }
        load();
    }

    public void requeueFailed() {
        messages.info("outbox.requeuedAll", outbox.requeueFailed(current.get()));
        load();
    }

    /** Whether the list shows a failed mail, and so the button for all of them. */
    public boolean isAnyFailed() {
        return items != null && items.stream().anyMatch(m -> MailStatus.FAILED.name().equals(m.status()));
    }

    public String when(Instant at) {
        return at == null ? "" : ApplicationClock.MINUTE.format(at);
    }

    public List<String> getStatuses() {
        return List.of("QUEUED", "SENDING", "SENT", "FAILED");
    }

    public List<OutboxMailDto> getItems() {
        return items;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}

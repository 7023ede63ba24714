package org.pilotops.home.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.pilotops.platform.mail.OutboxMailDto;
import org.pilotops.platform.mail.OutboxService;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.time.ApplicationClock;

/**
 * {@code operations/outbox.xhtml[?status=]} (administrators): the mails the platform queued, sent or gave
 * up on, with attempts and the last error — where an operator sees that no SMTP server is configured, or
 * that one refuses, before anyone misses a reminder.
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

    private String status;
    private List<OutboxMailDto> items;

    public void load() {
        items = outbox.list(current.get(), status, SHOWN);
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

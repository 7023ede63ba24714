package org.pilotops.operations.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.PilotOpsException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.scheduling.JobDto;
import org.pilotops.platform.scheduling.JobService;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.time.ApplicationClock;
import org.pilotops.platform.web.PageMessages;

/**
 * {@code operations/jobs.xhtml} (administrators): every scheduled job with its next fire time, last run,
 * outcome and duration on any node; pause, resume, and run now — for the daily reminders optionally as of
 * a past day, to catch up a day by hand. A run is started, not waited for: its outcome shows once it ends.
 */
@Named
@ViewScoped
public class JobListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JobService jobs;

    @Inject
    CurrentActor current;

    @Inject
    PageMessages messages;

    private List<JobDto> items;
    private String asOf;

    public void load() {
        items = jobs.list(current.get());
    }

    public void pause(String name) {
        act(() -> jobs.pause(current.get(), name), "jobs.paused", name);
    }

    public void resume(String name) {
        act(() -> jobs.resume(current.get(), name), "jobs.resumed", name);
    }

    public void run(JobDto job) {
        act(() -> jobs.run(current.get(), job.name(), job.takesAsOf() ? day() : null), "jobs.started", job.name());
    }

    private void act(Runnable action, String done, String name) {
        try {
            action.run();
            messages.info(done, name);
        } catch (PilotOpsException refusal) {
            messages.refused(refusal, "jobs:");
        }
        load();
    }

    /** The optional day to run as of, as the picker keeps it; blank is today. */
    private LocalDate day() {
        if (asOf == null || asOf.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(asOf.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(Violation.of(JobService.AS_OF, "field.date-format", asOf));
        }
    }

    public String when(Instant at) {
        return at == null ? "" : ApplicationClock.MINUTE.format(at);
    }

    /** A duration as a reader takes it in: milliseconds below a second, else seconds. */
    public String duration(Long millis) {
        if (millis == null) {
            return "";
        }
        return millis < 1000 ? millis + " ms" : String.format("%.1f s", millis / 1000.0);
    }

    public List<JobDto> getItems() {
        return items;
    }

    public String getAsOf() {
        return asOf;
    }

    public void setAsOf(String asOf) {
        this.asOf = asOf;
    }
}

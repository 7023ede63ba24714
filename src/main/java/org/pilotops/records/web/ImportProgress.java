package org.pilotops.records.web;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicInteger;
import org.pilotops.platform.problem.PilotOpsException;
import org.pilotops.records.boundary.ImportReport;

/** Where a check or an import running in the background stands, for the page to poll. */
public class ImportProgress implements Serializable {

    private static final long serialVersionUID = 1L;

    private final AtomicInteger rows = new AtomicInteger();
    private volatile boolean running = true;
    private volatile ImportReport report;
    private volatile PilotOpsException refusal;
    private volatile String incident;

    void rows(int processed) {
        rows.set(processed);
    }

    void finished(ImportReport done) {
        report = done;
        running = false;
    }

    void refused(PilotOpsException why) {
        refusal = why;
        running = false;
    }

    void failed(String incidentId) {
        incident = incidentId;
        running = false;
    }

    public int getRows() {
        return rows.get();
    }

    public boolean isRunning() {
        return running;
    }

    public ImportReport getReport() {
        return report;
    }

    public PilotOpsException getRefusal() {
        return refusal;
    }

    /** The incident id of an unexpected failure, under which the log keeps its cause; null otherwise. */
    public String getIncident() {
        return incident;
    }
}

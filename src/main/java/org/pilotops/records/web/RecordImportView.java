package org.pilotops.records.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.PilotOpsException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.rest.Upload;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.web.PageMessages;
import org.pilotops.records.boundary.ImportReport;
import org.pilotops.records.boundary.RecordImport;
import org.pilotops.records.boundary.RecordService;
import org.pilotops.records.control.RecordFile;
import org.primefaces.event.FileUploadEvent;

/**
 * {@code records/import.xhtml?kind=…&city=…}: upload a CSV or XLSX file, check it (a dry run listing
 * every bad row), then import it. Checks and imports run in the container's managed executor while the
 * page polls their progress, so a file of 100,000 rows neither blocks a request nor times it out. What
 * the page shows is derived from the progress alone, however fast the work finishes.
 */
@Named
@ViewScoped
public class RecordImportView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(RecordImportView.class.getName());

    @Inject
    CurrentActor current;

    @Inject
    RecordImport imports;

    @Inject
    RecordService records;

    @Inject
    RecordPageContext context;

    @Inject
    PageMessages messages;

    @Resource
    transient ManagedExecutorService executor;

    private String kindPath;
    private CityDto city;
    private Actor actor;
    private transient Upload upload;
    private String fileName;
    private RecordFile format;
    private ImportProgress progress;

    @PostConstruct
    void load() {
        actor = current.get();
        RecordKind<? extends CityRecord> kind = context.kind(context.parameter("kind"));
        kindPath = kind.path();
        city = context.requestedCity();
        if (city == null) {
            throw new NotFoundException();
        }
        records.requireMayLog(actor, kind, city.id());
    }

    public void receive(FileUploadEvent event) throws IOException {
        discard();
        format = RecordFile.of(event.getFile().getFileName()).orElse(null);
        if (format == null) {
            messages.error("file.unsupported-format");
            return;
        }
        try {
            upload = Upload.spool(event.getFile().getInputStream());
            fileName = event.getFile().getFileName();
        } catch (PilotOpsException refusal) {
            messages.refused(refusal, "");
        }
    }

    public void check() {
        start(false);
    }

    public void store() {
        if (isCheckedClean()) {
            start(true);
        } else {
            messages.error("import.fixFirst");
        }
    }

    private void start(boolean store) {
        if (upload == null) {
            messages.error("import.nothing");
            return;
        }
        ImportProgress running = new ImportProgress();
        progress = running;
        RecordKind<? extends CityRecord> kind = context.kind(kindPath);
        var file = upload.file();
        long cityId = city.id();
        executor.execute(() -> {
            try {
                running.finished(store
                        ? imports.store(actor, kind, cityId, file, format, running::rows)
                        : imports.check(actor, kind, cityId, file, format, running::rows));
            } catch (PilotOpsException refusal) {
                running.refused(refusal);
            } catch (RuntimeException failure) {
                String incident = java.util.UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, "Incident " + incident + ": import of " + fileName + " failed", failure);
                running.failed(incident);
            }
        });
    }

    /**
     * Why the last check or import stored nothing, in the page's language, or null: the refusal, or for
     * an unexpected failure the incident id the log keeps it under. Never a silent nothing.
     */
    public String getRefusal() {
        if (progress == null) {
            return null;
        }
        if (progress.getRefusal() != null) {
            return context.text(progress.getRefusal().detailKey(), progress.getRefusal().detailArgs().toArray());
        }
        return progress.getIncident() == null ? null : context.text("import.failed", progress.getIncident());
    }

    public String getStoredText() {
        ImportReport report = progress == null ? null : progress.getReport();
        return report == null ? "" : context.text("import.stored", report.created(), report.updated(), report.unchanged());
    }

    public List<Violation> getProblems() {
        if (progress == null) {
            return List.of();
        }
        if (progress.getReport() != null) {
            return progress.getReport().problems();
        }
        return progress.getRefusal() == null ? List.of() : progress.getRefusal().violations();
    }

    public String message(Violation violation) {
        return context.text(violation.key(), violation.args().toArray());
    }

    @PreDestroy
    void discard() {
        if (upload != null) {
            upload.close();
            upload = null;
            fileName = null;
        }
    }

    public String getTitle() {
        return context.kindLabel(context.kind(kindPath));
    }

    public String getCityName() {
        return context.cityName(city);
    }

    public long getCityId() {
        return city.id();
    }

    public String getKindPath() {
        return kindPath;
    }

    public String getFileName() {
        return fileName;
    }

    public ImportProgress getProgress() {
        return progress;
    }

    public boolean isRunning() {
        return progress != null && progress.isRunning();
    }

    /** The last run was a dry run of this file that found every row good: only then may it be imported. */
    public boolean isCheckedClean() {
        if (progress == null || progress.isRunning() || progress.getReport() == null) {
            return false;
        }
        ImportReport report = progress.getReport();
        return report.dryRun() && report.rejected() == 0 && report.total() > 0;
    }

    public String getColumns() {
        return String.join(",", context.kind(kindPath).fields().stream().map(f -> f.name()).toList());
    }
}

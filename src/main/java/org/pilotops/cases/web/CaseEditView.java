package org.pilotops.cases.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pilotops.cases.boundary.CaseAttachments.AttachmentContent;
import org.pilotops.cases.boundary.CaseAttachments;
import org.pilotops.cases.boundary.CaseReview;
import org.pilotops.cases.boundary.RecordLink;
import org.pilotops.cases.boundary.TypicalCaseService.CaseDraft;
import org.pilotops.cases.boundary.TypicalCaseService.CaseView;
import org.pilotops.cases.boundary.TypicalCaseService.RecordChoice;
import org.pilotops.cases.boundary.TypicalCaseService;
import org.pilotops.cases.entity.CaseAction;
import org.pilotops.cases.entity.CaseArea;
import org.pilotops.cases.entity.CaseStep;
import org.pilotops.cases.entity.TypicalCase;
import org.pilotops.city.boundary.CityDirectory;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.problem.PilotOpsException;
import org.pilotops.platform.rest.Upload;
import org.pilotops.platform.review.ReviewStep;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.time.ApplicationClock;
import org.pilotops.platform.web.LanguageSwitch;
import org.pilotops.platform.web.PageMessages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * {@code cases/edit.xhtml?id=…} (or {@code ?city=…} for a new case): one typical case for everyone who may
 * see it. The city's reporters write it — area, title, background, measures, results, the records that
 * back it and attachments (uploaded one by one with their progress, once the case is saved) — and submit
 * it; national reviewers read it and select it for the compilation or return it with a comment. Buttons
 * come from the boundary's answer, so each one shown works.
 */
@Named
@ViewScoped
public class CaseEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TypicalCaseService cases;

    @Inject
    CaseReview review;

    @Inject
    CaseAttachments attachments;

    @Inject
    CityDirectory directory;

    @Inject
    CurrentActor current;

    @Inject
    PageMessages messages;

    @Inject
    LanguageSwitch language;

    private Long id;
    private Long cityId;
    private transient CaseView view;
    private String cityName;
    private Integer year = CaseListView.COMPILATION_YEAR;
    private String area;
    private String title;
    private String background;
    private String measures;
    private String results;
    private List<String> links = new ArrayList<>();
    private List<RecordChoice> choices;
    private String comment;
    private Long version;

    /** The page's view action: the case asked for, or an empty one for the city's reporter. */
    public void load() {
        if (id != null) {
            show(cases.find(current.get(), id));
            return;
        }
        var actor = current.get();
        if (cityId == null || !actor.reportsFor(cityId)) {
            throw new NotFoundException();
        }
        var city = directory.city(cityId).orElseThrow(NotFoundException::new);
        cityName = language.name(city.nameZh(), city.nameEn());
    }

    private void show(CaseView shown) {
        view = shown;
        TypicalCase c = shown.typicalCase();
        id = c.getId();
        cityId = shown.city().id();
        cityName = language.name(shown.city().nameZh(), shown.city().nameEn());
        year = c.getYear();
        area = c.getArea() == null ? null : c.getArea().name();
        title = c.getTitle();
        background = c.getBackground();
        measures = c.getMeasures();
        results = c.getResults();
        links = new ArrayList<>(shown.links().stream().map(r -> r.kind() + ":" + r.id()).toList());
        version = c.getVersion();
        comment = null;
    }

    /** Saves the case (a new one becomes a draft and the page its own address); refusals land beside the fields. */
    public String save() {
        try {
            boolean created = id == null;
            show(created ? cases.create(current.get(), cityId, draft()) : cases.save(current.get(), id, draft(), version));
            messages.info("cases.page.saved");
            // A new case continues at its own address, where attachments can be added.
            return created ? "/cases/edit?faces-redirect=true&id=" + id : null;
        } catch (PilotOpsException refusal) {
            messages.refused(refusal, "case:");
            return null;
        }
    }

    /** The city's submission or a reviewer's step, with the comment typed for it. */
    public void take(String action) {
        CaseAction step = CaseAction.valueOf(action);
        try {
            var actor = current.get();
            show(switch (step) {
                case SUBMIT -> review.submit(actor, id, comment);
                case SELECT -> review.select(actor, id, comment);
                case RETURN -> review.returnToCity(actor, id, comment);
                default -> throw new IllegalArgumentException(action);
            });
            messages.info("cases.page.done." + step.name());
        } catch (PilotOpsException refusal) {
            // What a submission misses is a field of the case; a reviewer's comment is in the review form.
            messages.refused(refusal, step == CaseAction.SUBMIT ? "case:" : "review:");
        }
    }

    /** Deletes a draft never submitted and returns to the city's cases. */
    public String delete() {
        try {
            cases.delete(current.get(), id, version);
            messages.info("cases.page.deleted");
            return "/cases/list?faces-redirect=true&city=" + cityId;
        } catch (PilotOpsException refusal) {
            messages.refused(refusal, "case:");
            return null;
        }
    }

    /** One uploaded file, checked by the boundary by its content; a refusal says why, nothing is kept. */
    public void upload(FileUploadEvent event) {
        try (Upload content = CaseAttachments.spool(event.getFile().getInputStream())) {
            attachments.attach(current.get(), id, event.getFile().getFileName(), content);
            show(cases.find(current.get(), id));
            messages.info("cases.page.attached", event.getFile().getFileName());
        } catch (PilotOpsException refusal) {
            messages.refused(refusal, "case:");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void detach(long attachmentId) {
        try {
            attachments.detach(current.get(), id, attachmentId);
            show(cases.find(current.get(), id));
            messages.info("cases.page.detached");
        } catch (PilotOpsException refusal) {
            messages.refused(refusal, "case:");
        }
    }

    public StreamedContent download(long attachmentId) {
        AttachmentContent file = attachments.attachment(current.get(), id, attachmentId);
        return DefaultStreamedContent.builder()
                .name(file.fileName())
                .contentType(file.mediaType())
                .contentLength(file.size())
                .writer(out -> {
                    try {
                        file.body().writeTo(out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    private CaseDraft draft() {
        List<RecordLink> chosen = links.stream().map(link -> {
            int colon = link.lastIndexOf(':');
            return new RecordLink(link.substring(0, colon), Long.valueOf(link.substring(colon + 1)));
        }).toList();
        return new CaseDraft(year, area == null || area.isBlank() ? null : CaseArea.valueOf(area), title, background,
                measures, results, chosen);
    }

    /** True for a new case and for one whose state lets this user edit it. */
    public boolean isEditable() {
        return view == null || view.availableActions().contains(CaseAction.EDIT);
    }

    public boolean may(String action) {
        return view != null && view.availableActions().contains(CaseAction.valueOf(action));
    }

    /** The reviewers' steps this user may take now. */
    public List<String> getSteps() {
        return view == null ? List.of() : view.availableActions().stream()
                .filter(a -> a == CaseAction.SELECT || a == CaseAction.RETURN).map(Enum::name).sorted().toList();
    }

    /** The city's records that may back the case, asked once per page and only when they can be chosen. */
    public List<RecordChoice> getChoices() {
        if (choices == null) {
            choices = isEditable() ? cases.recordChoices(current.get(), cityId) : List.of();
        }
        return choices;
    }

    public String choiceLabel(RecordChoice choice) {
        return messages.text("kind." + choice.kind()) + " · " + choice.year() + " · " + choice.facts();
    }

    public List<CaseAttachments.AttachmentView> getAttachments() {
        return view == null ? List.of() : view.attachments();
    }

    public List<RecordChoice> getLinkedRecords() {
        return view == null ? List.of() : view.links();
    }

    /** The review's history, newest first. */
    public List<CaseStep> getHistory() {
        if (view == null) {
            return List.of();
        }
        return ReviewStep.newestFirst(view.typicalCase().getHistory());
    }

    public String when(Instant at) {
        return at == null ? "" : ApplicationClock.MINUTE.format(at);
    }

    /** A file size for people: KB below a megabyte, MB above. */
    public String size(long bytes) {
        return bytes < 1 << 20 ? Math.max(1, bytes / 1024) + " KB" : String.format("%.1f MB", bytes / (double) (1 << 20));
    }

    public List<String> getAreas() {
        return Arrays.stream(CaseArea.values()).map(Enum::name).toList();
    }

    public List<Integer> getYears() {
        return CaseListView.PILOT_YEARS;
    }

    public CaseView getView() {
        return view;
    }

    public boolean isStored() {
        return view != null;
    }

    public String getStatus() {
        return view == null ? "DRAFT" : view.typicalCase().getStatus().name();
    }

    public String getCityName() {
        return cityName;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCityId() {
        return cityId;
    }

    public void setCityId(Long cityId) {
        this.cityId = cityId;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBackground() {
        return background;
    }

    public void setBackground(String background) {
        this.background = background;
    }

    public String getMeasures() {
        return measures;
    }

    public void setMeasures(String measures) {
        this.measures = measures;
    }

    public String getResults() {
        return results;
    }

    public void setResults(String results) {
        this.results = results;
    }

    public List<String> getLinks() {
        return links;
    }

    public void setLinks(List<String> links) {
        this.links = links == null ? new ArrayList<>() : links;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}

package org.pilotops.summary.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pilotops.platform.problem.PilotOpsException;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.document.Document;
import org.pilotops.platform.document.FileFormat;
import org.pilotops.platform.web.DocumentDownloads;
import org.pilotops.platform.web.LanguageSwitch;
import org.pilotops.platform.web.PageMessages;
import org.pilotops.summary.boundary.AnnualSummaryService;
import org.pilotops.summary.boundary.AnnualSummaryService.SummaryView;
import org.pilotops.summary.control.IndicatorLine;
import org.pilotops.summary.control.SummaryReport;
import org.pilotops.summary.entity.Indicator;
import org.pilotops.summary.entity.SummaryAction;
import org.pilotops.summary.entity.SummaryDraft;
import org.pilotops.summary.entity.SummarySection;
import org.pilotops.platform.review.ReviewStep;
import org.pilotops.summary.entity.SummaryStep;
import org.primefaces.model.StreamedContent;

/**
 * {@code summary/edit.xhtml?city=…&year=…}: one city's summary of one year, for everyone who may see it.
 * The city writes it (a tab per section, the plan, next year's targets) beside the live indicators and
 * hands it in; reviewers read it with the figures frozen at submission and take their step with a
 * comment. What each user may do comes from the boundary, so a button is shown only when it works.
 */
@Named
@ViewScoped
public class SummaryEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AnnualSummaryService summaries;

    @Inject
    CurrentActor current;

    @Inject
    PageMessages messages;

    @Inject
    LanguageSwitch language;

    private Long cityId;
    private Integer year;
    private transient SummaryView view;
    private final Map<String, String> sections = new HashMap<>();
    private final Map<String, String> targets = new HashMap<>();
    private String plan;
    private String comment;
    private Long version;

    /** The page's view action. */
    public void load() {
        show(summaries.find(current.get(), cityId == null ? -1 : cityId, year == null ? -1 : year));
    }

    private void show(SummaryView shown) {
        view = shown;
        var summary = shown.summary();
        for (SummarySection section : SummarySection.values()) {
            sections.put(section.name(), summary.section(section));
        }
        plan = summary.getNextYearPlan();
        targets.clear();
        summary.getTargets().forEach((indicator, target) -> targets.put(indicator.name(), target.toPlainString()));
        version = summary.getVersion();
        comment = null;
    }

    /** Saves the draft; each refusal lands beside its field. */
    public void save() {
        try {
            // The targets are read inside: a number that does not read is refused beside its cell.
            show(summaries.saveDraft(current.get(), cityId, year, draft(), version));
            messages.info("summary.page.saved");
        } catch (PilotOpsException refusal) {
            messages.refused(refusal, "summary:");
        }
    }

    /** A review step (or the city's submission) with the comment typed for it. */
    public void take(String action) {
        SummaryAction step = SummaryAction.valueOf(action);
        try {
            var actor = current.get();
            show(switch (step) {
                case SUBMIT -> summaries.submit(actor, cityId, year, comment);
                case ENDORSE -> summaries.endorse(actor, cityId, year, comment);
                case ACCEPT -> summaries.accept(actor, cityId, year, comment);
                case RETURN -> summaries.returnToCity(actor, cityId, year, comment);
                case REOPEN -> summaries.reopen(actor, cityId, year, comment);
                default -> throw new IllegalArgumentException(action);
            });
            messages.info("summary.page.done." + step.name());
        } catch (PilotOpsException refusal) {
            messages.refused(refusal, "summary:");
        }
    }

    private SummaryDraft draft() {
        Map<SummarySection, String> texts = new EnumMap<>(SummarySection.class);
        sections.forEach((name, text) -> texts.put(SummarySection.valueOf(name), text));
        Map<Indicator, BigDecimal> figures = new EnumMap<>(Indicator.class);
        targets.forEach((name, text) -> {
            if (text != null && !text.isBlank()) {
                try {
                    figures.put(Indicator.valueOf(name), new BigDecimal(text.strip()));
                } catch (NumberFormatException e) {
                    throw new org.pilotops.platform.problem.InvalidInputException(
                            org.pilotops.platform.problem.Violation.of("t_" + name, "field.decimal-format", text));
                }
            }
        });
        return new SummaryDraft(texts, plan, figures);
    }

    public StreamedContent document(String format) {
        return DocumentDownloads.of(summaries.document(current.get(), cityId, year, FileFormat.named(format),
                language.getLocale()));
    }

    public boolean may(String action) {
        return view.allowedActions().contains(SummaryAction.valueOf(action));
    }

    /** The review steps this user may take now, other than editing and submitting. */
    public List<String> getSteps() {
        return view.allowedActions().stream().filter(a -> a != SummaryAction.EDIT && a != SummaryAction.SUBMIT)
                .map(Enum::name).sorted().toList();
    }

    /** The indicators with a figure, last year's or a target: the rest would be a column of blanks. */
    public List<IndicatorLine> getIndicators() {
        return view.indicators().lines().stream()
                .filter(l -> l.figure() != null || l.previous() != null || l.target() != null).toList();
    }

    /** The main indicators, which take next year's targets. */
    public List<String> getTargetIndicators() {
        return Arrays.stream(Indicator.values()).filter(Indicator::isMain).map(Enum::name).toList();
    }

    /** The review's history, newest first. */
    public List<SummaryStep> getHistory() {
        return ReviewStep.newestFirst(view.summary().getHistory());
    }

    public String figure(IndicatorLine line, String which) {
        var unit = line.indicator().unit();
        return switch (which) {
            case "figure" -> SummaryReport.figure(unit, line.figure());
            case "previous" -> SummaryReport.figure(unit, line.previous());
            case "target" -> SummaryReport.figure(unit, line.target());
            case "change" -> SummaryReport.percent(line.relativeChange(), true);
            default -> SummaryReport.percent(line.attainment(), false);
        };
    }

    public String when(java.time.Instant at) {
        return at == null ? "" : org.pilotops.platform.time.ApplicationClock.MINUTE.format(at);
    }

    public String getCityName() {
        return language.name(view.city().nameZh(), view.city().nameEn());
    }

    public SummaryView getView() {
        return view;
    }

    public List<String> getSectionNames() {
        return Arrays.stream(SummarySection.values()).map(Enum::name).toList();
    }

    public Map<String, String> getSections() {
        return sections;
    }

    public Map<String, String> getTargets() {
        return targets;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
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
}

package org.pilotops.summary.boundary;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.platform.review.ReviewStep;
import org.pilotops.summary.control.IndicatorTable;
import org.pilotops.summary.entity.AnnualSummary;
import org.pilotops.summary.entity.Indicator;
import org.pilotops.summary.entity.ReportingYear;
import org.pilotops.summary.entity.SubmissionTimeliness;
import org.pilotops.summary.entity.SummaryDraft;
import org.pilotops.summary.entity.SummarySection;

/** The JSON of SPEC §9 for annual summaries, reporting years and indicator tables, both ways. */
final class SummaryJson {

    private SummaryJson() {
    }

    static JsonObject summary(AnnualSummaryService.SummaryView view) {
        AnnualSummary summary = view.summary();
        JsonObjectBuilder sections = JsonFactory.object();
        summary.getSections().forEach((section, text) -> text(sections, section.name(), text));
        JsonObjectBuilder targets = JsonFactory.object();
        summary.getTargets().forEach((indicator, target) -> targets.add(indicator.name(), target));
        JsonArrayBuilder allowed = JsonFactory.array();
        view.allowedActions().forEach(a -> allowed.add(a.name()));
        JsonObjectBuilder json = JsonFactory.object()
                .add("cityId", summary.getCityId())
                .add("year", summary.getYear())
                .add("status", summary.getStatus().name())
                .add("sections", sections);
        text(json, "nextYearPlan", summary.getNextYearPlan());
        json.add("targets", targets)
                .add("indicators", indicators(view.indicators()))
                .add("indicatorsFrozen", summary.isIndicatorsFrozen())
                .add("dueDate", view.reportingYear().getSummaryDueDate().toString())
                .add("provinceEndorsement", view.reportingYear().isProvinceEndorsement());
        text(json, "submittedAt", summary.getSubmittedAt() == null ? null : summary.getSubmittedAt().toString());
        text(json, "firstSubmittedAt",
                summary.getFirstSubmittedAt() == null ? null : summary.getFirstSubmittedAt().toString());
        if (summary.getFirstSubmittedAt() == null) {
            json.addNull("onTime");
        } else {
            json.add("onTime", view.timeliness() == SubmissionTimeliness.ON_TIME);
        }
        return json.add("timeliness", view.timeliness().name())
                .add("history", ReviewStep.json(summary.getHistory()))
                .add("allowedActions", allowed)
                .add("version", summary.getVersion())
                .build();
    }

    /** An indicator table as {@code IndicatorTable#toJson} writes it: year, figures, previousFigures, targets. */
    static JsonObject indicators(IndicatorTable table) {
        try (JsonReader reader = JsonFactory.reader(new StringReader(table.toJson()))) {
            return reader.readObject();
        }
    }

    static JsonObject reportingYear(ReportingYear year) {
        JsonObjectBuilder json = JsonFactory.object()
                .add("year", year.getYear())
                .add("summaryDueDate", year.getSummaryDueDate().toString())
                .add("provinceEndorsement", year.isProvinceEndorsement());
        text(json, "caseCompilationDueDate",
                year.getCaseCompilationDueDate() == null ? null : year.getCaseCompilationDueDate().toString());
        return json.add("version", year.getVersion()).build();
    }

    /** A draft from its JSON; unknown sections or indicators, texts that are not strings are refused. */
    static SummaryDraft draft(JsonObject body) {
        List<Violation> wrong = new ArrayList<>();
        Map<SummarySection, String> sections = new EnumMap<>(SummarySection.class);
        JsonValue sectionsJson = body.getOrDefault("sections", JsonValue.NULL);
        if (sectionsJson instanceof JsonObject object) {
            object.forEach((name, value) -> {
                try {
                    SummarySection section = SummarySection.valueOf(name);
                    if (value instanceof JsonString text) {
                        sections.put(section, text.getString());
                    } else if (value.getValueType() != JsonValue.ValueType.NULL) {
                        wrong.add(Violation.of("sections." + name, "summary.field.text"));
                    }
                } catch (IllegalArgumentException unknown) {
                    wrong.add(Violation.of("sections." + name, "field.unknown"));
                }
            });
        } else if (sectionsJson.getValueType() != JsonValue.ValueType.NULL) {
            wrong.add(Violation.of("sections", "summary.field.object"));
        }
        String plan = null;
        JsonValue planJson = body.getOrDefault("nextYearPlan", JsonValue.NULL);
        if (planJson instanceof JsonString text) {
            plan = text.getString();
        } else if (planJson.getValueType() != JsonValue.ValueType.NULL) {
            wrong.add(Violation.of("nextYearPlan", "summary.field.text"));
        }
        Map<Indicator, BigDecimal> targets = new EnumMap<>(Indicator.class);
        JsonValue targetsJson = body.getOrDefault("targets", JsonValue.NULL);
        if (targetsJson instanceof JsonObject object) {
            object.forEach((name, value) -> {
                Indicator indicator;
                try {
                    indicator = Indicator.valueOf(name);
                } catch (IllegalArgumentException unknown) {
                    wrong.add(Violation.of("targets." + name, "field.unknown"));
                    return;
                }
                if (value instanceof JsonNumber number) {
                    targets.put(indicator, number.bigDecimalValue());
                } else if (value instanceof JsonString text) {
                    try {
                        targets.put(indicator, new BigDecimal(text.getString().strip()));
                    } catch (NumberFormatException e) {
                        wrong.add(Violation.of("targets." + name, "field.decimal-format", text.getString()));
                    }
                } else if (value.getValueType() != JsonValue.ValueType.NULL) {
                    wrong.add(Violation.of("targets." + name, "field.decimal-format", value.toString()));
                }
            });
        } else if (targetsJson.getValueType() != JsonValue.ValueType.NULL) {
            wrong.add(Violation.of("targets", "summary.field.object"));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
        return new SummaryDraft(sections, plan, targets);
    }

    /** The version a change carries, null when absent. */
    static Long version(JsonObject body) {
        JsonValue value = body.getOrDefault("version", JsonValue.NULL);
        if (value instanceof JsonNumber number) {
            return number.longValue();
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        throw new InvalidInputException(Violation.of("version", "query.not-a-number", value.toString()));
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}

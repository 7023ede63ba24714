package org.pilotops.cases.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pilotops.cases.boundary.CaseAttachments.AttachmentView;
import org.pilotops.cases.boundary.TypicalCaseService.CaseDraft;
import org.pilotops.cases.boundary.TypicalCaseService.CaseLine;
import org.pilotops.cases.boundary.TypicalCaseService.CaseView;
import org.pilotops.cases.boundary.TypicalCaseService.RecordChoice;
import org.pilotops.cases.entity.CaseArea;
import org.pilotops.cases.entity.TypicalCase;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.platform.rest.JsonFactory;
import org.pilotops.platform.review.ReviewStep;

/** The JSON of SPEC §9 for typical cases, both ways. */
final class CaseJson {

    /** What a client writes; everything else a case answers with may come back unchanged and is ignored. */
    private static final Set<String> WRITTEN = Set.of("year", "area", "title", "background", "measures", "results",
            "links", "version");
    private static final Set<String> READ_ONLY = Set.of("id", "cityId", "cityNameZh", "cityNameEn", "provinceId",
            "status", "firstSubmittedAt", "submittedAt", "createdBy", "createdAt", "updatedBy", "updatedAt",
            "attachments", "history", "availableActions", "deletable");

    private CaseJson() {
    }

    static JsonObject line(CaseLine line) {
        JsonObjectBuilder json = JsonFactory.object()
                .add("id", line.id())
                .add("cityId", line.cityId())
                .add("cityNameZh", line.cityNameZh())
                .add("cityNameEn", line.cityNameEn())
                .add("provinceId", line.provinceId());
        text(json, "provinceNameZh", line.provinceNameZh());
        json.add("year", line.year());
        text(json, "area", line.area() == null ? null : line.area().name());
        json.add("title", line.title())
                .add("status", line.status().name());
        text(json, "submittedAt", instant(line.submittedAt()));
        return json.add("attachmentCount", line.attachmentCount())
                .add("version", line.version())
                .build();
    }

    static JsonArray lines(List<CaseLine> lines) {
        JsonArrayBuilder array = JsonFactory.array();
        lines.forEach(l -> array.add(line(l)));
        return array.build();
    }

    static JsonObject view(CaseView view) {
        TypicalCase c = view.typicalCase();
        JsonObjectBuilder json = JsonFactory.object()
                .add("id", c.getId())
                .add("cityId", c.getCityId())
                .add("cityNameZh", view.city().nameZh())
                .add("cityNameEn", view.city().nameEn())
                .add("provinceId", view.city().provinceId())
                .add("year", c.getYear());
        text(json, "area", c.getArea() == null ? null : c.getArea().name());
        json.add("title", c.getTitle());
        text(json, "background", c.getBackground());
        text(json, "measures", c.getMeasures());
        text(json, "results", c.getResults());
        json.add("status", c.getStatus().name());
        text(json, "firstSubmittedAt", instant(c.getFirstSubmittedAt()));
        text(json, "submittedAt", instant(c.getSubmittedAt()));
        json.add("createdBy", c.getCreatedBy()).add("createdAt", instant(c.getCreatedAt()));
        text(json, "updatedBy", c.getUpdatedBy());
        text(json, "updatedAt", instant(c.getUpdatedAt()));
        JsonArrayBuilder links = JsonFactory.array();
        view.links().forEach(l -> links.add(choice(l)));
        JsonArrayBuilder attachments = JsonFactory.array();
        view.attachments().forEach(a -> attachments.add(attachment(c.getId(), a)));
        JsonArrayBuilder available = JsonFactory.array();
        view.availableActions().stream().sorted().forEach(a -> available.add(a.name()));
        return json.add("links", links)
                .add("attachments", attachments)
                .add("history", ReviewStep.json(c.getHistory()))
                .add("availableActions", available)
                .add("deletable", view.deletable())
                .add("version", c.getVersion())
                .build();
    }

    static JsonObject choice(RecordChoice choice) {
        JsonObjectBuilder json = JsonFactory.object()
                .add("kind", choice.kind())
                .add("id", choice.id());
        if (choice.facts() == null) {
            json.addNull("year").addNull("facts");
        } else {
            json.add("year", choice.year()).add("facts", choice.facts());
        }
        return json.build();
    }

    static JsonObject attachment(long caseId, AttachmentView a) {
        return JsonFactory.object()
                .add("id", a.id())
                .add("fileName", a.fileName())
                .add("mediaType", a.mediaType())
                .add("size", a.size())
                .add("createdAt", a.createdAt().toString())
                .add("createdBy", a.createdBy())
                .add("href", "/api/v1/cases/" + caseId + "/attachments/" + a.id())
                .build();
    }

    /** A draft from its JSON; every wrong field is named at once. */
    static CaseDraft draft(JsonObject body) {
        List<Violation> wrong = new ArrayList<>();
        body.keySet().stream().filter(k -> !WRITTEN.contains(k) && !READ_ONLY.contains(k)).sorted()
                .forEach(k -> wrong.add(Violation.of(k, "field.unknown")));
        Integer year = null;
        JsonValue yearJson = body.getOrDefault("year", JsonValue.NULL);
        if (yearJson instanceof JsonNumber number && number.isIntegral()) {
            year = number.intValue();
        } else if (yearJson.getValueType() != JsonValue.ValueType.NULL) {
            wrong.add(Violation.of("year", "field.count-format", yearJson.toString()));
        }
        CaseArea area = null;
        JsonValue areaJson = body.getOrDefault("area", JsonValue.NULL);
        if (areaJson instanceof JsonString text && !text.getString().isBlank()) {
            try {
                area = CaseArea.valueOf(text.getString().strip());
            } catch (IllegalArgumentException unknown) {
                wrong.add(Violation.of("area", "case.area.unknown", text.getString()));
            }
        } else if (!(areaJson instanceof JsonString) && areaJson.getValueType() != JsonValue.ValueType.NULL) {
            wrong.add(Violation.of("area", "case.area.unknown", areaJson.toString()));
        }
        String title = text(body, "title", wrong);
        String background = text(body, "background", wrong);
        String measures = text(body, "measures", wrong);
        String results = text(body, "results", wrong);
        List<RecordLink> links = new ArrayList<>();
        JsonValue linksJson = body.getOrDefault("links", JsonValue.NULL);
        if (linksJson instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                String field = "links[" + i + "]";
                if (!(array.get(i) instanceof JsonObject link)) {
                    wrong.add(Violation.of(field, "case.field.object"));
                    continue;
                }
                String kind = link.get("kind") instanceof JsonString k ? k.getString() : null;
                if (link.containsKey("kind") && kind == null && link.get("kind").getValueType() != JsonValue.ValueType.NULL) {
                    wrong.add(Violation.of(field + ".kind", "case.field.text"));
                }
                Long id = null;
                JsonValue idJson = link.getOrDefault("id", JsonValue.NULL);
                if (idJson instanceof JsonNumber number && number.isIntegral()) {
                    id = number.longValue();
                } else if (idJson.getValueType() != JsonValue.ValueType.NULL) {
                    wrong.add(Violation.of(field + ".id", "field.reference-format", idJson.toString()));
                }
                links.add(new RecordLink(kind, id));
            }
        } else if (linksJson.getValueType() != JsonValue.ValueType.NULL) {
            wrong.add(Violation.of("links", "case.field.array"));
        }
        if (!wrong.isEmpty()) {
            throw new InvalidInputException(wrong);
        }
        return new CaseDraft(year, area, title, background, measures, results, links);
    }

    /** The version a change carries, null when absent. */
    static Long version(JsonObject body) {
        JsonValue value = body.getOrDefault("version", JsonValue.NULL);
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.longValue();
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        throw new InvalidInputException(Violation.of("version", "query.not-a-number", value.toString()));
    }

    private static String text(JsonObject body, String name, List<Violation> wrong) {
        JsonValue value = body.getOrDefault(name, JsonValue.NULL);
        if (value instanceof JsonString text) {
            return text.getString();
        }
        if (value.getValueType() != JsonValue.ValueType.NULL) {
            wrong.add(Violation.of(name, "case.field.text"));
        }
        return null;
    }

    private static String instant(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static void text(JsonObjectBuilder json, String name, String value) {
        if (value == null) {
            json.addNull(name);
        } else {
            json.add(name, value);
        }
    }
}

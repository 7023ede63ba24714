package org.pilotops.records.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.pilotops.city.boundary.CityDto;
import org.pilotops.city.boundary.VisibleCities;
import org.pilotops.platform.i18n.Messages;
import org.pilotops.platform.problem.NotFoundException;
import org.pilotops.platform.record.CityRecord;
import org.pilotops.platform.record.RecordField;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.record.RecordSource;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.web.LanguageSwitch;
import org.pilotops.records.boundary.RecordKinds;

/**
 * What the record list and form share: reading the kind and city from the request, the cities the user
 * may choose from, and the labels of kinds, fields and choices in the session's language.
 */
@RequestScoped
public class RecordPageContext {

    @Inject
    RecordKinds kinds;

    @Inject
    VisibleCities cities;

    @Inject
    LanguageSwitch language;

    public RecordKind<? extends CityRecord> kind(String path) {
        return kinds.byPath(path == null ? "" : path).orElseThrow(NotFoundException::new);
    }

    public List<CityDto> visibleCities() {
        return cities.all();
    }

    /** The city of the request's {@code city} parameter, if the user may see it; otherwise "not found". */
    public CityDto requestedCity() {
        Long requested = longParameter("city");
        return requested == null ? null : cities.city(requested).orElseThrow(NotFoundException::new);
    }

    public String parameter(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }

    public Long longParameter(String name) {
        String text = parameter(name);
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    /** Where a change typed in the portal comes from: the city's office or an agency. */
    public RecordSource portalSource(Actor actor) {
        return actor.onlyAgencyRecords() ? RecordSource.AGENCY : RecordSource.CITY;
    }

    public String kindLabel(RecordKind<?> kind) {
        return text("kind." + kind.path());
    }

    public String fieldLabel(RecordKind<?> kind, RecordField<?, ?> field) {
        return text("kind." + kind.path() + "." + field.name());
    }

    /**
     * The help shown under a field whose rule is not obvious: {@code kind.<path>.<field>.help}, else the
     * same for every kind, {@code help.<field>}; null when there is none.
     */
    public String help(RecordKind<?> kind, RecordField<?, ?> field) {
        ResourceBundle bundle = Messages.bundle(language.getLocale());
        for (String key : List.of("kind." + kind.path() + "." + field.name() + ".help", "help." + field.name())) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        return null;
    }

    /** The label of one column of a field edited as rows: {@code kind.<path>.<field>.<column>}. */
    public String columnLabel(RecordKind<?> kind, RecordField<?, ?> field, String column) {
        return text("kind." + kind.path() + "." + field.name() + "." + column);
    }

    /** The label of one of a field's choices, or the choice itself when it has none. */
    public String choiceLabel(RecordField<?, ?> field, String choice) {
        String key = field.type().choiceKey(choice);
        return key == null ? choice : text(key);
    }

    /**
     * A field of a record as a list cell shows it: a choice by its label, an amount or count with its
     * thousands grouped (the page only; exports keep the plain text a file is read back from).
     */
    public <E extends CityRecord> String display(E record, RecordField<E, ?> field) {
        String text = field.text(record);
        if (text.isEmpty()) {
            return text;
        }
        if (field.type().numeric()) {
            return grouped(text);
        }
        return field.type().choices().isEmpty() ? text : choiceLabel(field, text);
    }

    /** {@code 1234567.50} as {@code 1,234,567.50}: digits grouped by three, the rest untouched. */
    static String grouped(String plain) {
        int start = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        int end = point < 0 ? plain.length() : point;
        StringBuilder shown = new StringBuilder(plain.length() + 6).append(plain, 0, start);
        for (int i = start; i < end; i++) {
            if (i > start && (end - i) % 3 == 0) {
                shown.append(',');
            }
            shown.append(plain.charAt(i));
        }
        return shown.append(plain, end, plain.length()).toString();
    }

    public String cityName(CityDto city) {
        return Locale.ENGLISH.equals(language.getLocale()) ? city.nameEn() : city.nameZh();
    }

    public String text(String key, Object... args) {
        return Messages.text(language.getLocale(), key, List.of(args));
    }
}

package org.pilotops.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Hands an input's text over as it was typed. A date picker would otherwise convert to a date by its own
 * rules; with this, a picker whose pattern is {@code yyyy-MM-dd} yields the same ISO text the API and
 * imports read, and the field's type stays the only judge of it.
 */
@FacesConverter("pilotops.unchangedText")
public class UnchangedText implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        return value;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}

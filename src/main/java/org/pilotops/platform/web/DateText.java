package org.pilotops.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Lets a PrimeFaces date picker edit a date kept as ISO text ({@code 2018-03-01}): forms hold what the
 * user typed and the record's field type reads it, exactly as it reads a file cell or JSON, so the picker
 * must neither parse nor format the value itself. The picker's pattern is {@code yyyy-MM-dd}.
 */
@FacesConverter("pilotops.dateText")
public class DateText implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}

package org.pilotops.city.boundary;

import org.pilotops.city.entity.PilotCity;

/** A pilot city as pages and the API show it; {@code demo} marks a city that exists only in demo data. */
public record CityDto(long id, String divisionCode, String nameZh, String nameEn, int provinceId, String level,
                      int batch, int pilotStartYear, int pilotEndYear, String status, boolean demo) {
    static CityDto of(PilotCity c) {
        return new CityDto(c.getId(), c.getDivisionCode(), c.getNameZh(), c.getNameEn(), c.getProvinceId(),
                c.getLevel().name(), c.getBatch(), c.getPilotStartYear(), c.getPilotEndYear(),
                c.getStatus().name(), c.isDemo());
    }
}

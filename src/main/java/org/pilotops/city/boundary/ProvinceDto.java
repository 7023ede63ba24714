package org.pilotops.city.boundary;

import org.pilotops.city.entity.Province;

/** A provincial-level unit as pages and the API show it. */
public record ProvinceDto(int id, String nameZh, String nameEn, String kind, Integer parentId) {
    static ProvinceDto of(Province p) {
        return new ProvinceDto(p.getId(), p.getNameZh(), p.getNameEn(), p.getKind().name(), p.getParentId());
    }
}

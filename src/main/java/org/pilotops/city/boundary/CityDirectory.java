package org.pilotops.city.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pilotops.city.entity.Park;
import org.pilotops.city.entity.PilotCity;
import org.pilotops.city.control.CompliancePolicy;
import org.pilotops.city.entity.Province;
import org.pilotops.city.entity.ProvinceKind;

/**
 * Read access to provinces, pilot cities and parks: the programme's reference data, public to every
 * signed-in user (the approved list is itself public), and the province-to-city relation that scope
 * needs. Other features get DTOs, never the entities.
 */
@ApplicationScoped
public class CityDirectory {

    @PersistenceContext
    EntityManager em;

    public List<ProvinceDto> provinces() {
        return em.createQuery("select p from Province p order by p.id", Province.class).getResultStream()
                .map(ProvinceDto::of).toList();
    }

    /** Every pilot city with its compliance flags, from three grouped queries whatever the number of cities. */
    public List<CityDto> cities() {
        Map<Long, long[]> parks = new HashMap<>();
        for (Object[] row : em.createQuery("select p.cityId, count(p), sum(case when p.inventionPatentsPer10k < "
                + ":floor then 1 else 0 end) from Park p group by p.cityId", Object[].class)
                .setParameter("floor", Park.PATENT_DENSITY_FLOOR).getResultList()) {
            parks.put((Long) row[0], new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        Map<Integer, Long> citiesPerProvince = new HashMap<>();
        for (Object[] row : em.createQuery("select c.provinceId, count(c) from PilotCity c "
                + "where c.status <> org.pilotops.city.entity.CityStatus.WITHDRAWN group by c.provinceId", Object[].class)
                .getResultList()) {
            citiesPerProvince.put((Integer) row[0], ((Number) row[1]).longValue());
        }
        Map<Integer, ProvinceKind> kinds = new HashMap<>();
        em.createQuery("select p from Province p", Province.class).getResultList()
                .forEach(p -> kinds.put(p.getId(), p.getKind()));
        return em.createQuery("select c from PilotCity c order by c.provinceId, c.divisionCode", PilotCity.class)
                .getResultStream()
                .map(c -> {
                    long[] counts = parks.getOrDefault(c.getId(), new long[2]);
                    return CityDto.of(c, CompliancePolicy.flags(counts[0], counts[1], kinds.get(c.getProvinceId()),
                            citiesPerProvince.getOrDefault(c.getProvinceId(), 0L)));
                })
                .toList();
    }

    public Optional<CityDto> city(long id) {
        return cities().stream().filter(c -> c.id() == id).findFirst();
    }

    public List<ParkDto> parksOf(long cityId) {
        return em.createQuery("select p from Park p where p.cityId = :city order by p.id", Park.class)
                .setParameter("city", cityId)
                .getResultStream().map(ParkDto::of).toList();
    }

    /** The pilot cities a province reviewer follows. */
    public Set<Long> cityIdsOfProvince(int provinceId) {
        return new HashSet<>(em.createQuery("select c.id from PilotCity c where c.provinceId = :province", Long.class)
                .setParameter("province", provinceId)
                .getResultList());
    }

    /** Every pilot city's id: what a national reviewer sees. */
    public Set<Long> allCityIds() {
        return new HashSet<>(em.createQuery("select c.id from PilotCity c", Long.class).getResultList());
    }
}

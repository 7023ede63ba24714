package org.pilotops.city.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pilotops.city.entity.Park;
import org.pilotops.city.entity.PilotCity;
import org.pilotops.city.entity.Province;

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

    public List<CityDto> cities() {
        return em.createQuery("select c from PilotCity c order by c.provinceId, c.divisionCode", PilotCity.class)
                .getResultStream().map(CityDto::of).toList();
    }

    public Optional<CityDto> city(long id) {
        return Optional.ofNullable(em.find(PilotCity.class, id)).map(CityDto::of);
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
}

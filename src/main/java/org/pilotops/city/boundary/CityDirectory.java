package org.pilotops.city.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pilotops.city.control.CompliancePolicy;
import org.pilotops.city.entity.Park;
import org.pilotops.city.entity.PilotCity;
import org.pilotops.city.entity.Province;
import org.pilotops.city.entity.ProvinceType;

/**
 * Read access to provinces, pilot cities and parks: the programme's reference data, public to every
 * signed-in user (the approved list is itself public), and the province-to-city relation that scope
 * needs. Other features get DTOs, never the entities.
 *
 * <p>Compliance flags are computed on every read, never stored, so a change to a city or a park shows in
 * them at once.
 */
@ApplicationScoped
public class CityDirectory {

    @PersistenceContext
    EntityManager em;

    public List<ProvinceDto> provinces() {
        return em.createQuery("select p from Province p order by p.id", Province.class).getResultStream()
                .map(ProvinceDto::of).toList();
    }

    /** Every pilot city with its compliance flags today: each park judged on the latest year it has figures for. */
    public List<CityDto> cities() {
        return cities(null);
    }

    /**
     * Every pilot city with its compliance flags, each park judged on its figures of {@code year} (on its
     * latest year when {@code year} is null). Three queries whatever the number of cities.
     */
    public List<CityDto> cities(Integer year) {
        Map<Integer, ProvinceType> kinds = new HashMap<>();
        em.createQuery("select p from Province p", Province.class).getResultList()
                .forEach(p -> kinds.put(p.getId(), p.getKind()));
        List<PilotCity> cities = em.createQuery("select c from PilotCity c order by c.provinceId, c.divisionCode",
                PilotCity.class).getResultList();
        Map<Integer, Long> placesTaken = cities.stream().filter(PilotCity::countsAgainstProvince)
                .collect(Collectors.groupingBy(PilotCity::getProvinceId, Collectors.counting()));
        Map<Long, List<Park>> parks = parks(null).stream().collect(Collectors.groupingBy(Park::getCityId));
        return cities.stream()
                .map(c -> CityDto.of(c, CompliancePolicy.flags(parks.getOrDefault(c.getId(), List.of()), year,
                        kinds.get(c.getProvinceId()), placesTaken.getOrDefault(c.getProvinceId(), 0L))))
                .toList();
    }

    public Optional<CityDto> city(long id) {
        return city(id, null);
    }

    /** A city with its flags judged in {@code year}, or on each park's latest year when it is null. */
    public Optional<CityDto> city(long id, Integer year) {
        return cities(year).stream().filter(c -> c.id() == id).findFirst();
    }

    /** A city's parks with their figures per year, in the order they were registered. */
    public List<ParkDto> parksOf(long cityId) {
        return parks(cityId).stream().map(ParkDto::of).toList();
    }

    public Optional<ParkDto> park(long parkId) {
        return Optional.ofNullable(em.find(Park.class, parkId)).map(ParkDto::of);
    }

    /** Parks with their figures fetched in the same query: of one city, or of all when {@code cityId} is null. */
    private List<Park> parks(Long cityId) {
        String fetched = "select distinct p from Park p left join fetch p.years";
        if (cityId == null) {
            return em.createQuery(fetched + " order by p.id", Park.class).getResultList();
        }
        return em.createQuery(fetched + " where p.cityId = :city order by p.id", Park.class)
                .setParameter("city", cityId)
                .getResultList();
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

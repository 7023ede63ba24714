package org.pilotops.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pilotops.account.entity.Account;
import org.pilotops.agency.boundary.AgencyDirectory;
import org.pilotops.city.boundary.CityDirectory;
import org.pilotops.platform.security.Actor;
import org.pilotops.platform.security.ActorDirectory;
import org.pilotops.platform.security.Role;

/**
 * Turns an account into the actor the boundaries check: national reviewers see every city; a province
 * reviewer the cities of the province; a city reporter its city; agency staff the cities their agency
 * serves. An administrator sees no city's records: operating the platform gives no reading rights.
 */
@ApplicationScoped
public class AccountDirectory implements ActorDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    CityDirectory cities;

    @Inject
    AgencyDirectory agencies;

    public Optional<Account> enabledAccount(String username) {
        return em.createQuery("select a from Account a where a.username = :name and a.enabled = true", Account.class)
                .setParameter("name", username)
                .getResultStream()
                .findFirst();
    }

    @Override
    public Optional<Caller> caller(String username) {
        // The roles in the same query: EclipseLink would read an eager element collection with a second one.
        return em.createQuery("select a from Account a left join fetch a.roles where a.username = :name and a.enabled = true",
                        Account.class)
                .setParameter("name", username)
                .getResultStream()
                .findFirst()
                .map(account -> new Caller(actorOf(account), account.isMustChangePassword(), account.getPasswordHash()));
    }

    /** The account of this username, enabled or not. */
    public Optional<AccountDto> account(String username) {
        return em.createQuery("select a from Account a where a.username = :name", Account.class)
                .setParameter("name", username)
                .getResultStream()
                .findFirst()
                .map(AccountDto::of);
    }

    /**
     * The enabled accounts holding a role, for reminders: with {@code cityId} only that city's, with
     * {@code provinceId} only that province's, with neither every one.
     */
    public List<AccountDto> recipients(Role role, Long cityId, Integer provinceId) {
        StringBuilder jpql = new StringBuilder("select distinct a from Account a join a.roles r where r = :role and a.enabled = true");
        if (cityId != null) {
            jpql.append(" and a.cityId = :city");
        }
        if (provinceId != null) {
            jpql.append(" and a.provinceId = :province");
        }
        var query = em.createQuery(jpql.append(" order by a.id").toString(), Account.class).setParameter("role", role);
        if (cityId != null) {
            query.setParameter("city", cityId);
        }
        if (provinceId != null) {
            query.setParameter("province", provinceId);
        }
        return query.getResultStream().map(AccountDto::of).toList();
    }

    Actor actorOf(Account account) {
        Set<Role> roles = account.getRoles();
        Set<Long> visible = new HashSet<>();
        if (roles.contains(Role.NATIONAL_REVIEWER)) {
            // Every city that exists, so a city id that does not answers 404 for national reviewers too.
            visible.addAll(cities.allCityIds());
        }
        if (roles.contains(Role.CITY_REPORTER) && account.getCityId() != null) {
            visible.add(account.getCityId());
        }
        if (roles.contains(Role.PROVINCE_REVIEWER) && account.getProvinceId() != null) {
            visible.addAll(cities.cityIdsOfProvince(account.getProvinceId()));
        }
        if (roles.contains(Role.AGENCY_STAFF) && account.getAgencyId() != null) {
            visible.addAll(agencies.citiesServedBy(account.getAgencyId()));
        }
        return new Actor(account.getUsername(), roles, account.getCityId(), account.getProvinceId(),
                account.getAgencyId(), roles.contains(Role.NATIONAL_REVIEWER), visible);
    }
}

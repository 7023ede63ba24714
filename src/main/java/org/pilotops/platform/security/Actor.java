package org.pilotops.platform.security;

import java.util.EnumSet;
import java.util.Set;

/**
 * The signed-in user as the boundaries see it: roles, the city, province or agency they are bound to,
 * and the pilot cities whose records they may read. Built once per request from the account tables;
 * every scope decision starts here, never in a page.
 *
 * @param allCities      true for national reviewers, who read every city
 * @param visibleCityIds the existing cities whose records this user may read (every city for national
 *                       reviewers), so that a city that does not exist is "not found" for every role
 */
public record Actor(String username, Set<Role> roles, Long cityId, Integer provinceId, Long agencyId,
                    boolean allCities, Set<Long> visibleCityIds) {

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        visibleCityIds = Set.copyOf(visibleCityIds);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** May this user read records of this city (subject to the agency rule of {@link #seesRecordOf})? */
    public boolean sees(long city) {
        return visibleCityIds.contains(city);
    }

    /**
     * May this user read a record of this city logged by this agency ({@code null}: logged by the city)?
     * Agency staff see only what their own agency logged; everyone else sees every record of a city they see.
     */
    public boolean seesRecordOf(long city, Long loggingAgency) {
        if (!sees(city)) {
            return false;
        }
        if (onlyAgencyRecords()) {
            return agencyId.equals(loggingAgency);
        }
        return true;
    }

    /** True when the user sees a city only through an agency, so only its agency's records. */
    public boolean onlyAgencyRecords() {
        // An agency account holds no other record-reading role: the account administration refuses the mix.
        return has(Role.AGENCY_STAFF);
    }

    /** A city reporter logs and edits everything of its own city. */
    public boolean reportsFor(long city) {
        return has(Role.CITY_REPORTER) && cityId != null && cityId == city;
    }

    /** Agency staff log for the cities their agency serves. */
    public boolean servesAsAgency(long city) {
        return has(Role.AGENCY_STAFF) && agencyId != null && visibleCityIds.contains(city);
    }
}

package org.pilotops.home.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.pilotops.platform.record.RecordKind;
import org.pilotops.platform.security.CurrentActor;
import org.pilotops.platform.security.Role;
import org.pilotops.platform.time.ApplicationClock;
import org.pilotops.records.boundary.RecordKinds;

/**
 * The menu every page shows, limited to what the signed-in role may use: the record kinds of the city
 * in view ({@link CitySwitch}) and the administrator's pages, and the demo clock's banner. Features not built yet have no entry at all.
 */
@Named
@RequestScoped
public class PortalMenu {

    @Inject
    CurrentActor current;

    @Inject
    RecordKinds kinds;

    @Inject
    CitySwitch citySwitch;

    @Inject
    ApplicationClock clock;

    public boolean isSignedIn() {
        return current.signedIn();
    }

    /** The city whose records the menu's kind entries open: the city in view, or null when the user sees none. */
    public Long getCityId() {
        return citySwitch.getCityId();
    }

    public boolean isRecords() {
        return isSignedIn() && getCityId() != null;
    }

    /** Every kind; for agency staff only those an agency may log, since they see nothing else. */
    public List<String> getKindPaths() {
        // Built with the page (c:forEach), before the menu's rendered= is read: the sign-in page asks too.
        boolean agency = isSignedIn() && current.get().onlyAgencyRecords();
        return kinds.all().stream().filter(k -> !agency || k.agenciesMayLog()).map(RecordKind::path).toList();
    }

    /** The demo clock's date, for the banner that says the portal does not run on today's date; else null. */
    public String getDemoDate() {
        return clock.shifted() ? clock.today().toString() : null;
    }

    /**
     * Annual summaries and typical cases: the cities' reporters write them, reviewers review them (agency
     * staff and administrators do neither).
     */
    public boolean isSummaries() {
        return isSignedIn() && (current.get().has(Role.CITY_REPORTER) || current.get().has(Role.PROVINCE_REVIEWER)
                || current.get().has(Role.NATIONAL_REVIEWER));
    }

    /** National reviewers set the reminder rules (SPEC §7). */
    public boolean isNational() {
        return isSignedIn() && current.get().has(Role.NATIONAL_REVIEWER);
    }

    public boolean isAdmin() {
        return isSignedIn() && current.get().has(Role.ADMIN);
    }
}

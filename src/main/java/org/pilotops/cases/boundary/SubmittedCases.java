package org.pilotops.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.pilotops.reminder.boundary.CaseSubmissions;

/**
 * The typical cases' side of the reminders' seam: a city has handed in its case of a year once one of its
 * cases is submitted or selected; a returned case waits for the city again, so it does not count. The
 * case-compilation reminder goes to every pilot city without one.
 */
@ApplicationScoped
public class SubmittedCases implements CaseSubmissions {

    @Inject
    CaseCompilation cases;

    @Override
    public Set<Long> citiesWithSubmittedCase(int year) {
        return cases.citiesWithSubmittedCase(year);
    }
}

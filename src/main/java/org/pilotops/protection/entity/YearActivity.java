package org.pilotops.protection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One year of a centre's caseload: cases accepted and closed, disputes mediated (快速调解). */
@Embeddable
public class YearActivity {

    @Column(name = "year", nullable = false)
    private int year;

    @Column(name = "cases_accepted", nullable = false)
    private int casesAccepted;

    @Column(name = "cases_closed", nullable = false)
    private int casesClosed;

    @Column(name = "disputes_mediated", nullable = false)
    private int disputesMediated;

    protected YearActivity() {
    }

    public YearActivity(int year, int casesAccepted, int casesClosed, int disputesMediated) {
        this.year = year;
        this.casesAccepted = casesAccepted;
        this.casesClosed = casesClosed;
        this.disputesMediated = disputesMediated;
    }

    public int getYear() {
        return year;
    }

    public int getCasesAccepted() {
        return casesAccepted;
    }

    public int getCasesClosed() {
        return casesClosed;
    }

    public int getDisputesMediated() {
        return disputesMediated;
    }
}

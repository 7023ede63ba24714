package org.pilotops.summary.entity;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The indicators of SPEC §5, computed per city and year from the logged records. The constant names
 * are stable codes: they key the indicator tables frozen into submitted summaries (JSON), the targets
 * cities set for the next year, the API and the message keys {@code indicator.<CODE>}. Add codes, never
 * rename one: a frozen table would lose its figure.
 *
 * <p>A <em>part</em> breaks its parent down by one of a record kind's enumerations (lender type, audience,
 * voucher kind, patent type, navigation type); its code is the parent's code, an underscore and that
 * enumeration's constant, so the database's values find their indicator without a mapping table.
 * Only {@linkplain #isMain() main} indicators take targets.
 */
public enum Indicator {

    NAVIGATION_PROJECTS(SummarySection.NAVIGATION, IndicatorUnit.COUNT, true),
    NAVIGATION_PROJECTS_INDUSTRY_PLANNING(NAVIGATION_PROJECTS),
    NAVIGATION_PROJECTS_ENTERPRISE_OPERATION(NAVIGATION_PROJECTS),
    /** SMEs the projects' results were pushed to (推送), summed over the projects that reported it. */
    NAVIGATION_SMES_REACHED(SummarySection.NAVIGATION, IndicatorUnit.COUNT, true),
    /** Projects that have not said how many SMEs they reached: tells a low figure from an unknown one. */
    NAVIGATION_SMES_REACHED_NOT_REPORTED(SummarySection.NAVIGATION, IndicatorUnit.COUNT, false),

    PLEDGE_FINANCINGS(SummarySection.OPERATION, IndicatorUnit.COUNT, true),
    PLEDGE_FINANCINGS_BANK(PLEDGE_FINANCINGS),
    PLEDGE_FINANCINGS_INSURER(PLEDGE_FINANCINGS),
    PLEDGE_FINANCINGS_GUARANTOR(PLEDGE_FINANCINGS),
    PLEDGE_FINANCINGS_CROWDFUNDING(PLEDGE_FINANCINGS),
    PLEDGE_FINANCINGS_OTHER(PLEDGE_FINANCINGS),
    PLEDGE_AMOUNT(SummarySection.OPERATION, IndicatorUnit.AMOUNT, true),
    PLEDGE_AMOUNT_BANK(PLEDGE_AMOUNT),
    PLEDGE_AMOUNT_INSURER(PLEDGE_AMOUNT),
    PLEDGE_AMOUNT_GUARANTOR(PLEDGE_AMOUNT),
    PLEDGE_AMOUNT_CROWDFUNDING(PLEDGE_AMOUNT),
    PLEDGE_AMOUNT_OTHER(PLEDGE_AMOUNT),
    /** Distinct SMEs (by credit code) with a pledge financing. */
    PLEDGE_SMES(SummarySection.OPERATION, IndicatorUnit.COUNT, true),
    PLEDGE_SMES_BANK(PLEDGE_SMES),
    PLEDGE_SMES_INSURER(PLEDGE_SMES),
    PLEDGE_SMES_GUARANTOR(PLEDGE_SMES),
    PLEDGE_SMES_CROWDFUNDING(PLEDGE_SMES),
    PLEDGE_SMES_OTHER(PLEDGE_SMES),

    /** Centres operating by the end of the year: opened in it or before, and operating now. */
    PROTECTION_CENTRES_OPERATING(SummarySection.PROTECTION, IndicatorUnit.COUNT, true),
    PROTECTION_CASES_ACCEPTED(SummarySection.PROTECTION, IndicatorUnit.COUNT, true),
    PROTECTION_CASES_CLOSED(SummarySection.PROTECTION, IndicatorUnit.COUNT, true),
    /** Disputes settled by rapid mediation (快速调解). */
    PROTECTION_DISPUTES_MEDIATED(SummarySection.PROTECTION, IndicatorUnit.COUNT, true),

    TRUSTEESHIP_CONTRACTS(SummarySection.MANAGEMENT, IndicatorUnit.COUNT, true),
    /** Distinct SMEs (by credit code) whose IP an agency took into trusteeship. */
    TRUSTEESHIP_SMES(SummarySection.MANAGEMENT, IndicatorUnit.COUNT, true),
    /** Patents under trusteeship, summed over the contracts that reported it. */
    TRUSTEESHIP_PATENTS_MANAGED(SummarySection.MANAGEMENT, IndicatorUnit.COUNT, true),
    /** Contracts that have not said how many patents they manage. */
    TRUSTEESHIP_PATENTS_MANAGED_NOT_REPORTED(SummarySection.MANAGEMENT, IndicatorUnit.COUNT, false),

    // Vouchers and free filings are the notice's service support (四（一）服务支撑), public services the
    // city buys or arranges for SMEs: they are shown with the public-service area.
    VOUCHERS_ISSUED(SummarySection.PUBLIC_SERVICE, IndicatorUnit.COUNT, true),
    VOUCHERS_ISSUED_INNOVATION(VOUCHERS_ISSUED),
    VOUCHERS_ISSUED_PATENT_SERVICE(VOUCHERS_ISSUED),
    VOUCHER_VALUE_ISSUED(SummarySection.PUBLIC_SERVICE, IndicatorUnit.AMOUNT, true),
    VOUCHER_VALUE_ISSUED_INNOVATION(VOUCHER_VALUE_ISSUED),
    VOUCHER_VALUE_ISSUED_PATENT_SERVICE(VOUCHER_VALUE_ISSUED),
    /** Vouchers redeemed in the year, whenever they were issued. */
    VOUCHERS_REDEEMED(SummarySection.PUBLIC_SERVICE, IndicatorUnit.COUNT, true),
    VOUCHERS_REDEEMED_INNOVATION(VOUCHERS_REDEEMED),
    VOUCHERS_REDEEMED_PATENT_SERVICE(VOUCHERS_REDEEMED),
    VOUCHER_VALUE_REDEEMED(SummarySection.PUBLIC_SERVICE, IndicatorUnit.AMOUNT, true),
    VOUCHER_VALUE_REDEEMED_INNOVATION(VOUCHER_VALUE_REDEEMED),
    VOUCHER_VALUE_REDEEMED_PATENT_SERVICE(VOUCHER_VALUE_REDEEMED),
    FREE_FILINGS(SummarySection.PUBLIC_SERVICE, IndicatorUnit.COUNT, true),
    FREE_FILINGS_INVENTION(FREE_FILINGS),
    FREE_FILINGS_UTILITY_MODEL(FREE_FILINGS),
    FREE_FILINGS_DESIGN(FREE_FILINGS),
    /** Attorneys of the agencies serving the city (today's agencies and attorneys: neither is kept per year). */
    ATTORNEYS_SERVING(SummarySection.PUBLIC_SERVICE, IndicatorUnit.COUNT, false),
    /** Of those, the attorneys with at least one free filing for an SME in the year. */
    ATTORNEYS_WITH_FREE_FILING(SummarySection.PUBLIC_SERVICE, IndicatorUnit.COUNT, false),
    /**
     * The notice's "one free filing per attorney and year": attorneys with a free filing ÷ attorneys
     * serving; not reported when no attorney serves the city.
     */
    ATTORNEY_COVERAGE(SummarySection.PUBLIC_SERVICE, IndicatorUnit.RATIO, true),

    TRAINING_SESSIONS(SummarySection.TALENT, IndicatorUnit.COUNT, true),
    TRAINING_SESSIONS_MANAGERS(TRAINING_SESSIONS),
    TRAINING_SESSIONS_TECHNICAL_STAFF(TRAINING_SESSIONS),
    TRAINING_SESSIONS_PRACTITIONERS(TRAINING_SESSIONS),
    TRAINING_ATTENDEES(SummarySection.TALENT, IndicatorUnit.COUNT, true),
    TRAINING_ATTENDEES_MANAGERS(TRAINING_ATTENDEES),
    TRAINING_ATTENDEES_TECHNICAL_STAFF(TRAINING_ATTENDEES),
    TRAINING_ATTENDEES_PRACTITIONERS(TRAINING_ATTENDEES),

    /**
     * Distinct SMEs (by credit code) that a pledge financing, trusteeship contract, voucher issued or free
     * filing of the year concerns; belongs to no single area.
     */
    SMES_SERVED(null, IndicatorUnit.COUNT, true),
    /** Parks whose figures of the year are below 48.4 invention patents per 10,000 population. */
    PARKS_BELOW_DENSITY_FLOOR(null, IndicatorUnit.COUNT, false);

    /** Each indicator's parts, found once: the calculator asks for them for every row it reads. */
    private static final Map<Indicator, List<Indicator>> PARTS = Arrays.stream(values())
            .filter(i -> i.parent != null)
            .collect(Collectors.groupingBy(i -> i.parent, () -> new EnumMap<>(Indicator.class), Collectors.toUnmodifiableList()));

    /** The indicators by name, as the figures the database keeps name them (migration V0025). */
    private static final Map<String, Indicator> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Indicator::name, i -> i));

    private final SummarySection area;
    private final IndicatorUnit unit;
    private final boolean main;
    private final Indicator parent;

    Indicator(SummarySection area, IndicatorUnit unit, boolean main) {
        this.area = area;
        this.unit = unit;
        this.main = main;
        this.parent = null;
    }

    Indicator(Indicator parent) {
        this.area = parent.area;
        this.unit = parent.unit;
        this.main = false;
        this.parent = parent;
    }

    /** The pilot content area the indicator is shown with; empty for those across all areas. */
    public Optional<SummarySection> area() {
        return Optional.ofNullable(area);
    }

    public IndicatorUnit unit() {
        return unit;
    }

    /** A main indicator: the figures a city sets next year's targets for. */
    public boolean isMain() {
        return main;
    }

    /** The indicator this one breaks down; empty for one that is no part. */
    public Optional<Indicator> parent() {
        return Optional.ofNullable(parent);
    }

    /** The constant of the record kind's enumeration this part counts, e.g. {@code BANK}; null for no part. */
    public String part() {
        return parent == null ? null : name().substring(parent.name().length() + 1);
    }

    /** The parts of this indicator, in order; empty when it is not broken down. */
    public List<Indicator> parts() {
        return PARTS.getOrDefault(this, List.of());
    }

    /** The part of {@code parent} for an enumeration constant the database answered, if there is one. */
    public static Optional<Indicator> partOf(Indicator parent, String part) {
        return parent.parts().stream().filter(i -> i.part().equals(part)).findFirst();
    }

    /** The indicator of this name, if there is one (a row the database answered may name one this release does not know). */
    public static Optional<Indicator> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}

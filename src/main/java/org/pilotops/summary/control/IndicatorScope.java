package org.pilotops.summary.control;

/**
 * Whose indicators: one pilot city, the pilot cities of one provincial-level unit summed, or every pilot
 * city nationally. Sums are taken in the database over the whole scope, so counts of distinct SMEs and
 * attorneys stay distinct across the cities of a province instead of being added up.
 */
public record IndicatorScope(Level level, long id) {

    public enum Level { CITY, PROVINCE, NATION }

    public static IndicatorScope city(long cityId) {
        return new IndicatorScope(Level.CITY, cityId);
    }

    /** The cities whose province is this one, as the province reviewers see them. */
    public static IndicatorScope province(int provinceId) {
        return new IndicatorScope(Level.PROVINCE, provinceId);
    }

    public static IndicatorScope nation() {
        return new IndicatorScope(Level.NATION, 0);
    }

    /** The SQL condition that a city column lies in the scope, with the named parameter {@code :scope}. */
    String condition(String cityColumn) {
        return switch (level) {
            case CITY -> cityColumn + " = :scope";
            case PROVINCE -> cityColumn + " IN (SELECT id FROM pilot_city WHERE province_id = :scope)";
            case NATION -> "TRUE";
        };
    }
}

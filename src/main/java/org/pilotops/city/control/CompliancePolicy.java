package org.pilotops.city.control;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.pilotops.city.entity.ComplianceFlag;
import org.pilotops.city.entity.Park;
import org.pilotops.city.entity.ProvinceType;

/**
 * The admission rules of notice 国知办发管字〔2017〕30号 as flags. A province may recommend 1–2 cities;
 * the districts of a 计划单列市 do not take its province's places, and in PilotOps they belong to the
 * 计划单列市's own provincial-level unit, which has no quota of its own.
 */
public final class CompliancePolicy {

    public static final int MIN_PARKS = 2;
    public static final int MAX_PARKS = 3;
    public static final int MAX_CITIES_PER_PROVINCE = 2;

    private CompliancePolicy() {
    }

    /**
     * The flags of a city whose parks are judged on their figures of {@code year}, or each on its latest
     * year when {@code year} is null (what the city looks like today). A park without figures for the
     * year counts as a park but is not judged against the floor: what a city did not report is not
     * assumed, neither from older figures nor from newer ones.
     *
     * @param parks          the city's parks with their figures per year
     * @param year           the year to judge, or null for each park's latest year
     * @param provinceKind   the kind of the city's provincial-level unit
     * @param provinceCities how many pilot cities that unit has that count against it, this one included
     */
    public static Set<ComplianceFlag> flags(Collection<Park> parks, Integer year, ProvinceType provinceKind,
                                            long provinceCities) {
        long below = parks.stream().filter(p -> p.belowPatentDensityFloor(year)).count();
        return flags(parks.size(), below, provinceKind, provinceCities);
    }

    /**
     * @param parks            the city's parks
     * @param parksBelowFloor  how many of them are below 48.4
     * @param provinceKind     the kind of the city's provincial-level unit
     * @param provinceCities   how many pilot cities that unit has, this one included
     */
    public static Set<ComplianceFlag> flags(long parks, long parksBelowFloor, ProvinceType provinceKind,
                                            long provinceCities) {
        Set<ComplianceFlag> flags = EnumSet.noneOf(ComplianceFlag.class);
        if (parks < MIN_PARKS) {
            flags.add(ComplianceFlag.TOO_FEW_PARKS);
        }
        if (parks > MAX_PARKS) {
            flags.add(ComplianceFlag.TOO_MANY_PARKS);
        }
        if (parksBelowFloor > 0) {
            flags.add(ComplianceFlag.PARK_BELOW_DENSITY_FLOOR);
        }
        if (provinceKind != ProvinceType.SEPARATELY_PLANNED_CITY && provinceCities > MAX_CITIES_PER_PROVINCE) {
            flags.add(ComplianceFlag.PROVINCE_OVER_CITY_LIMIT);
        }
        return flags;
    }
}

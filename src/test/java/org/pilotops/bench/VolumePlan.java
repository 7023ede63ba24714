package org.pilotops.bench;

import java.util.List;

/**
 * How many records of each kind and year each generated city gets, summing to exactly the total asked.
 * Cities differ in size as real ones do (a sub-provincial city logs far more than a county): city
 * {@code r} (from 1) weighs {@code r^-0.7}, so with 300 cities the largest holds about 6 % of all records
 * and the smallest about 0.1 %. Years grow as the programme did: 2017 15 %, 2018 22 %, 2019 28 %, 2020 35 %.
 * Every split rounds by largest remainder, so nothing is lost or invented by rounding.
 */
public final class VolumePlan {

    public static final int FIRST_YEAR = 2017;
    public static final int LAST_YEAR = 2020;
    static final double[] YEAR_SHARES = {0.15, 0.22, 0.28, 0.35};
    static final double CITY_SKEW = 0.7;

    private final int[][][] rows;

    public VolumePlan(long total, int cities) {
        if (cities < 1 || total < 0) {
            throw new IllegalArgumentException("need at least one city and no negative total");
        }
        double[] cityWeights = new double[cities];
        for (int c = 0; c < cities; c++) {
            cityWeights[c] = Math.pow(c + 1, -CITY_SKEW);
        }
        long[] perCity = split(total, cityWeights);
        double[] kindWeights = new double[Kind.values().length];
        for (Kind kind : Kind.values()) {
            kindWeights[kind.ordinal()] = kind.share();
        }
        rows = new int[cities][Kind.values().length][];
        for (int c = 0; c < cities; c++) {
            long[] perKind = split(perCity[c], kindWeights);
            for (int k = 0; k < perKind.length; k++) {
                long[] perYear = split(perKind[k], YEAR_SHARES);
                rows[c][k] = new int[perYear.length];
                for (int y = 0; y < perYear.length; y++) {
                    rows[c][k][y] = Math.toIntExact(perYear[y]);
                }
            }
        }
    }

    /** {@code total} split in proportion to {@code weights}, rounded by largest remainder. */
    static long[] split(long total, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        long[] parts = new long[weights.length];
        double[] remainders = new double[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = total * weights[i] / sum;
            parts[i] = (long) Math.floor(exact);
            remainders[i] = exact - parts[i];
            given += parts[i];
        }
        List<Integer> order = new java.util.ArrayList<>();
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(remainders[b], remainders[a]));
        for (int i = 0; given < total; i = (i + 1) % weights.length) {
            parts[order.get(i)]++;
            given++;
        }
        return parts;
    }

    public int cities() {
        return rows.length;
    }

    /** Records of the kind in the year for the city (0-based, in the order the cities were made). */
    public int rows(int city, Kind kind, int year) {
        return rows[city][kind.ordinal()][year - FIRST_YEAR];
    }

    public long cityTotal(int city) {
        long sum = 0;
        for (int[] perYear : rows[city]) {
            for (int n : perYear) {
                sum += n;
            }
        }
        return sum;
    }

    public long total() {
        long sum = 0;
        for (int c = 0; c < rows.length; c++) {
            sum += cityTotal(c);
        }
        return sum;
    }
}

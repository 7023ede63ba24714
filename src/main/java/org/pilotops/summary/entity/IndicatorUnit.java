package org.pilotops.summary.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import org.pilotops.platform.field.FieldType;
import org.pilotops.platform.field.FieldValueException;
import org.pilotops.platform.problem.Violation;

/**
 * What an indicator's figures are, which decides how they are written and which targets make sense.
 * Targets are checked by the same rules and words as the record forms' counts, amounts and decimals, so
 * a target of 1.5 SMEs or of a third of a fen is refused the way the rest of the portal refuses it.
 */
public enum IndicatorUnit {
    /** A whole number of projects, SMEs, cases, people… */
    COUNT(0),
    /** CNY with two decimals. */
    AMOUNT(2),
    /** A share from 0 to 1 with four decimals (0.7500 is 75 %). */
    RATIO(4);

    private static final int COUNT_MAX = 999_999_999;
    private static final FieldType<BigDecimal> AMOUNT_TYPE = FieldType.money();
    private static final FieldType<BigDecimal> RATIO_TYPE = FieldType.decimal(4, BigDecimal.ONE);

    private final int scale;

    IndicatorUnit(int scale) {
        this.scale = scale;
    }

    /** Decimals a figure of this unit is written with. */
    public int scale() {
        return scale;
    }

    /**
     * A figure written with this unit's decimals, whatever scale the database answered with (a UNION
     * answers counts as decimals when another branch sums money).
     */
    public BigDecimal normalise(BigDecimal figure) {
        return figure.setScale(scale, RoundingMode.HALF_UP);
    }

    /** What is wrong with a target of this unit, on {@code field}; empty when it is a good target. */
    public Optional<Violation> targetViolation(String field, BigDecimal target) {
        String text = target.toPlainString();
        try {
            switch (this) {
                case COUNT -> {
                    if (target.stripTrailingZeros().scale() > 0) {
                        throw new FieldValueException("field.count-format", text);
                    }
                    if (target.signum() < 0 || target.compareTo(BigDecimal.valueOf(COUNT_MAX)) > 0) {
                        throw new FieldValueException("field.count-range", 0, COUNT_MAX);
                    }
                }
                case AMOUNT -> AMOUNT_TYPE.parse(text);
                case RATIO -> RATIO_TYPE.parse(text);
            }
            return Optional.empty();
        } catch (FieldValueException refused) {
            return Optional.of(new Violation(field, 0, refused.key(), refused.args()));
        }
    }
}

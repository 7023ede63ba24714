package org.pilotops.summary.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pilotops.filing.entity.PatentType;
import org.pilotops.navigation.entity.NavigationType;
import org.pilotops.platform.problem.Violation;
import org.pilotops.pledge.entity.LenderType;
import org.pilotops.training.entity.TrainingAudience;
import org.pilotops.voucher.entity.VoucherScheme;

/**
 * The indicator codes. The database answers a part by the record kind's enumeration constant, so every
 * constant of those enumerations needs its part, and each part exactly one.
 */
class IndicatorTest {

    private static List<String> names(Enum<?>[] constants) {
        return Arrays.stream(constants).map(Enum::name).toList();
    }

    private static List<String> parts(Indicator parent) {
        return parent.parts().stream().map(Indicator::part).toList();
    }

    @Test
    void everyBreakdownHasAPartForEveryConstantOfItsEnumeration() {
        assertEquals(names(NavigationType.values()), parts(Indicator.NAVIGATION_PROJECTS));
        for (Indicator pledge : List.of(Indicator.PLEDGE_FINANCINGS, Indicator.PLEDGE_AMOUNT, Indicator.PLEDGE_SMES)) {
            assertEquals(names(LenderType.values()), parts(pledge));
        }
        for (Indicator training : List.of(Indicator.TRAINING_SESSIONS, Indicator.TRAINING_ATTENDEES)) {
            assertEquals(names(TrainingAudience.values()), parts(training));
        }
        for (Indicator voucher : List.of(Indicator.VOUCHERS_ISSUED, Indicator.VOUCHER_VALUE_ISSUED,
                Indicator.VOUCHERS_REDEEMED, Indicator.VOUCHER_VALUE_REDEEMED)) {
            assertEquals(names(VoucherScheme.values()), parts(voucher));
        }
        assertEquals(names(PatentType.values()), parts(Indicator.FREE_FILINGS));
    }

    @Test
    void aPartIsFoundOnlyUnderItsOwnParent() {
        assertEquals(Optional.of(Indicator.PLEDGE_AMOUNT_BANK), Indicator.partOf(Indicator.PLEDGE_AMOUNT, "BANK"));
        assertEquals(Optional.empty(), Indicator.partOf(Indicator.NAVIGATION_SMES_REACHED, "NOT_REPORTED"),
                "a code that merely starts like another is no part of it");
        assertEquals(Optional.empty(), Indicator.partOf(Indicator.PLEDGE_AMOUNT, "MOON"));
    }

    @Test
    void partsTakeTheirParentsUnitAndAreaAndNoTargets() {
        assertEquals(IndicatorUnit.AMOUNT, Indicator.PLEDGE_AMOUNT_BANK.unit());
        assertEquals(Optional.of(SummarySection.OPERATION), Indicator.PLEDGE_AMOUNT_BANK.area());
        assertFalse(Indicator.PLEDGE_AMOUNT_BANK.isMain());
        assertTrue(Indicator.PLEDGE_AMOUNT.isMain());
        assertEquals(Optional.empty(), Indicator.SMES_SERVED.area());
    }

    @Test
    void targetsAreCheckedByTheirUnit() {
        assertEquals(Optional.empty(), IndicatorUnit.COUNT.targetViolation("t", new BigDecimal("12.000")));
        assertEquals(Optional.of(Violation.of("t", "field.count-format", "12.5")),
                IndicatorUnit.COUNT.targetViolation("t", new BigDecimal("12.5")));
        assertEquals(Optional.empty(), IndicatorUnit.AMOUNT.targetViolation("t", new BigDecimal("999999999999.99")));
        assertEquals(Optional.of(Violation.of("t", "field.money-range", "1000000000000")),
                IndicatorUnit.AMOUNT.targetViolation("t", new BigDecimal("1000000000000")));
        assertEquals(Optional.empty(), IndicatorUnit.RATIO.targetViolation("t", BigDecimal.ONE));
        assertEquals(Optional.of(Violation.of("t", "field.decimal-scale", 4)),
                IndicatorUnit.RATIO.targetViolation("t", new BigDecimal("0.12345")));
    }
}

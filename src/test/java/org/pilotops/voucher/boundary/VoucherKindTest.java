package org.pilotops.voucher.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pilotops.voucher.entity.Voucher;
import org.pilotops.voucher.entity.VoucherPurpose;
import org.pilotops.voucher.entity.VoucherScheme;

/** What of a voucher counts in which year, which decides what an accepted year's lock refuses (issue 21 §8). */
class VoucherKindTest {

    private final VoucherKind kind = new VoucherKind();

    @Test
    void aRedemptionCountsInItsOwnYearAndNotInTheYearOfIssue() {
        Voucher voucher = voucher();
        List<String> issued = part(2019, voucher);
        assertTrue(part(2020, voucher).isEmpty(), "nothing in 2020 while unredeemed");

        voucher.setRedeemedDate(LocalDate.of(2020, 3, 1));
        voucher.setRedeemedAgencyId(1L);
        assertEquals(issued, part(2019, voucher), "redeeming it in 2020 leaves 2019's figures as they were");
        List<String> redeemed = part(2020, voucher);
        assertFalse(redeemed.isEmpty(), "the redemption counts in 2020");

        voucher.setRedeemedDate(LocalDate.of(2020, 9, 1));
        assertEquals(redeemed, part(2020, voucher), "another day of the same year changes no figure");
        voucher.setFaceValue(new BigDecimal("8000"));
        assertNotEquals(redeemed, part(2020, voucher), "its value counts where it is redeemed");
        assertNotEquals(issued, part(2019, voucher), "and where it was issued");
    }

    private List<String> part(int year, Voucher voucher) {
        return kind.yearParts(voucher).getOrDefault(year, List.of());
    }

    private static Voucher voucher() {
        Voucher voucher = new Voucher();
        voucher.setKind(VoucherScheme.INNOVATION);
        voucher.setVoucherNumber("V-1");
        voucher.setFaceValue(new BigDecimal("5000"));
        voucher.setIssuedDate(LocalDate.of(2019, 4, 1));
        voucher.setService(VoucherPurpose.STANDARD_IMPLEMENTATION);
        return voucher;
    }
}

package org.pilotops.voucher.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.pilotops.platform.problem.InvalidInputException;
import org.pilotops.platform.problem.Violation;
import org.pilotops.voucher.boundary.VoucherKind;

class VoucherTest {

    final VoucherKind kind = new VoucherKind();

    static Map<String, String> texts() {
        Map<String, String> texts = new HashMap<>();
        texts.put("kind", "INNOVATION");
        texts.put("voucherNumber", "ZJG-2018-0001");
        texts.put("smeName", "张家港某公司");
        texts.put("smeCreditCode", "91350200776049653A");
        texts.put("faceValue", "5000");
        texts.put("issuedDate", "2018-04-01");
        texts.put("service", "STANDARD_IMPLEMENTATION");
        return texts;
    }

    @Test
    void anIssuedVoucherIsNotYetRedeemed() {
        Voucher voucher = kind.newRecord();
        kind.apply(voucher, kind.readText(texts()));
        assertEquals(false, voucher.isRedeemed());
    }

    @Test
    void aRedemptionNeedsItsDateAndItsAgencyAndComesAfterIssue() {
        Map<String, String> texts = texts();
        texts.put("redeemedDate", "2018-03-01");
        assertEquals(Set.of("redeemedAgencyId", "redeemedDate"), refusedFields(texts));
        texts.put("redeemedDate", "2018-05-01");
        texts.put("redeemedAgencyId", "1");
        Voucher voucher = kind.newRecord();
        kind.apply(voucher, kind.readText(texts));
        assertTrue(voucher.isRedeemed());
        texts.remove("redeemedDate");
        assertEquals(Set.of("redeemedDate"), refusedFields(texts));
    }

    private Set<String> refusedFields(Map<String, String> texts) {
        return assertThrows(InvalidInputException.class, () -> kind.apply(kind.newRecord(), kind.readText(texts)))
                .violations().stream().map(Violation::field).collect(Collectors.toSet());
    }
}

package org.pilotops.filing.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pilotops.filing.boundary.FreeFilingKind;
import org.pilotops.platform.problem.InvalidInputException;

class FreeFilingTest {

    final FreeFilingKind kind = new FreeFilingKind();

    static Map<String, String> texts(String number, String type) {
        Map<String, String> texts = new HashMap<>();
        texts.put("attorneyId", "1");
        texts.put("agencyId", "1");
        texts.put("smeName", "厦门某公司");
        texts.put("smeCreditCode", "91350200776049653A");
        texts.put("applicationNumber", number);
        texts.put("patentType", type);
        texts.put("filingDate", "2017-08-01");
        return texts;
    }

    @Test
    void anInventionNumberFitsAnInvention() {
        FreeFiling filing = kind.newRecord();
        kind.apply(filing, kind.readText(texts("CN201710601862.3", "INVENTION")));
        assertEquals("201710601862.3", filing.getApplicationNumber());
    }

    @Test
    void theTypeDigitMustFitThePatentType() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> kind.apply(kind.newRecord(), kind.readText(texts("201710601862.3", "DESIGN"))));
        assertEquals("applicationNumber", refused.violations().get(0).field());
        assertEquals("application-number.type", refused.violations().get(0).key());
    }

    @Test
    void pctNationalPhaseDigitsBelongToInventionsAndUtilityModels() {
        assertEquals(true, PatentType.INVENTION.matchesTypeDigit('8'));
        assertEquals(true, PatentType.UTILITY_MODEL.matchesTypeDigit('9'));
        assertEquals(false, PatentType.DESIGN.matchesTypeDigit('8'));
    }
}

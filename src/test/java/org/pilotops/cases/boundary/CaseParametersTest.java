package org.pilotops.cases.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pilotops.platform.problem.InvalidInputException;

class CaseParametersTest {

    /** A header value as the server reads it: each byte one ISO-8859-1 character. */
    private static String asReceived(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    @Test
    void aRawUtf8FileNameIsReadAsUtf8() {
        String header = "attachment; filename=\"" + asReceived("成效证明.pdf".getBytes(StandardCharsets.UTF_8)) + "\"";
        assertEquals("成效证明.pdf", CaseParameters.fileName(null, header));
        assertEquals("成效证明.pdf", CaseParameters.fileName(null,
                "attachment; filename=" + asReceived("成效证明.pdf".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theRfc6266FormAndPlainAsciiStayAsTheyWere() {
        assertEquals("成效证明.pdf", CaseParameters.fileName(null,
                "attachment; filename=\"x.pdf\"; filename*=UTF-8''%E6%88%90%E6%95%88%E8%AF%81%E6%98%8E.pdf"));
        assertEquals("report.pdf", CaseParameters.fileName(null, "attachment; filename=\"report.pdf\""));
        assertEquals("q.pdf", CaseParameters.fileName("q.pdf", "attachment; filename=\"report.pdf\""));
    }

    @Test
    void aNameTheServerCouldNotReadIsRefusedNamingTheHeader() {
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> CaseParameters.fileName(null, "attachment; filename=\"\uFFFD\uFFFD\uFFFD.pdf\""));
        assertEquals("Content-Disposition", refused.violations().get(0).field());
    }

    @Test
    void bytesThatAreNoUtf8AreRefusedNamingTheHeader() {
        String gbk = asReceived("成效证明.pdf".getBytes(java.nio.charset.Charset.forName("GBK")));
        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> CaseParameters.fileName(null, "attachment; filename=\"" + gbk + "\""));
        assertEquals("Content-Disposition", refused.violations().get(0).field());
    }
}

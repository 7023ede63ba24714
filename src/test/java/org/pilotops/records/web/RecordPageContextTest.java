package org.pilotops.records.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RecordPageContextTest {

    @Test
    void listCellsGroupThousandsAndKeepDecimals() {
        assertEquals("0", RecordPageContext.grouped("0"));
        assertEquals("999", RecordPageContext.grouped("999"));
        assertEquals("1,000", RecordPageContext.grouped("1000"));
        assertEquals("88,000.50", RecordPageContext.grouped("88000.50"));
        assertEquals("1,234,567.5", RecordPageContext.grouped("1234567.5"));
        assertEquals("-12,345", RecordPageContext.grouped("-12345"));
        assertEquals("123,456", RecordPageContext.grouped("123456"));
    }
}

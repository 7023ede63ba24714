package org.pilotops.records.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CSV injection (OWASP): formulas leave as text and come back as they were written. */
class CellTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "=HYPERLINK(\"http://x\")|'=HYPERLINK(\"http://x\")",
            "=1+2|'=1+2",
            "+86 512 5678|'+86 512 5678",
            "-2+3|'-2+3",
            "@SUM(A1)|'@SUM(A1)",
            "'=1+2|''=1+2",
            "-12|-12",
            "-12.50|-12.50",
            "普通文字|普通文字",
            "'引号开头|'引号开头",
            "a=b|a=b"})
    void formulasAreNeutralisedAndOnlyThey(String text, String cell) {
        assertEquals(cell, CellText.neutralised(text));
        assertEquals(text, CellText.restored(cell), "reads back to the text written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\t=1", "\r=1"})
    void tabsAndCarriageReturnsAtTheStartAreNeutralisedToo(String text) {
        assertEquals("'" + text, CellText.neutralised(text));
        assertEquals(text, CellText.restored("'" + text));
    }
}

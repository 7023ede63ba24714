package org.pilotops.records.control;

import java.util.regex.Pattern;

/**
 * Keeps a spreadsheet from reading a cell's text as a formula (CSV injection, OWASP): text that begins
 * with {@code =}, {@code +}, {@code -} (unless it is a number), {@code @}, a tab or a carriage return is
 * written with a leading apostrophe, which Excel and LibreOffice show as text and never evaluate. Reading
 * takes that apostrophe off again, so a file exported and imported back gives the original text. Text
 * that itself begins with an apostrophe before such a character gets one more, so nothing is lost.
 */
public final class CellText {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private CellText() {
    }

    /** The text as a CSV cell should hold it. */
    public static String neutralised(String text) {
        return needsGuard(text) ? "'" + text : text;
    }

    /** The text a cell written by {@link #neutralised} stood for; any other text unchanged. */
    public static String restored(String cell) {
        return cell != null && cell.startsWith("'") && needsGuard(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean needsGuard(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '@', '\t', '\r' -> true;
            case '-' -> !NUMBER.matcher(text).matches();
            case '\'' -> needsGuard(text.substring(1));
            default -> false;
        };
    }
}

package org.pilotops.platform.field;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese patent application numbers (专利申请号, ZC 0006-2003): the filing year, one digit for the type
 * ({@code 1} invention, {@code 2} utility model, {@code 3} design, {@code 8}/{@code 9} PCT national
 * phase of an invention/utility model), a 7-digit serial, a dot and a check digit ({@code X} for 10).
 * Stored as {@code 201710601862.3}; written also with a {@code CN}/{@code ZL} prefix, spaces or a small x.
 */
public final class ApplicationNumbers {

    /** How the API document names the numbers' format (none of JSON Schema's own). */
    public static final String FORMAT = "cn-patent-application-number";
    /** The stored form, {@code 201710601862.3}, as a regular expression. */
    public static final String STORED_PATTERN = "^\\d{4}[12389]\\d{7}\\.[0-9X]$";
    private static final Pattern SHAPE = Pattern.compile("(\\d{4})([12389])(\\d{7})\\.?([0-9X])");
    private static final int[] WEIGHTS = {2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5};

    private ApplicationNumbers() {
    }

    /** The number without prefix and spaces, in capitals; null when it does not have the shape at all. */
    public static String normalise(String text) {
        String compact = text.replace(" ", "").replace("\u3000", "").toUpperCase(Locale.ROOT);
        if (compact.startsWith("CN") || compact.startsWith("ZL")) {
            compact = compact.substring(2);
        }
        Matcher m = SHAPE.matcher(compact);
        return m.matches() ? m.group(1) + m.group(2) + m.group(3) + "." + m.group(4) : null;
    }

    /** The check digit the twelve digits of a normalised number call for. */
    public static char expectedCheck(String normalised) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (normalised.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = sum % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    /** The type digit of a normalised number. */
    public static char typeDigit(String normalised) {
        return normalised.charAt(4);
    }
}

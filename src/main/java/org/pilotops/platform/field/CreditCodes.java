package org.pilotops.platform.field;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015) that identifies an enterprise: 18
 * characters from a 31-character alphabet (no I, O, S, V, Z), the last a check character over the first 17.
 */
public final class CreditCodes {

    /** The 31 characters a code is written in. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** How the API document names a code's format (none of JSON Schema's own). */
    public static final String FORMAT = "unified-social-credit-code";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    /** The code trimmed, without inner spaces and in capitals, the way it is stored. */
    public static String normalise(String text) {
        return text.replace(" ", "").replace("\u3000", "").toUpperCase(java.util.Locale.ROOT);
    }

    /** True when the text has the code's shape: 18 characters of the alphabet. */
    public static boolean wellFormed(String code) {
        return code.length() == 18 && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }

    /** The check character the first 17 characters call for. */
    public static char expectedCheck(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    public static boolean checks(String code) {
        return wellFormed(code) && code.charAt(17) == expectedCheck(code);
    }
}

package org.pilotops.filing.entity;

/** The three kinds of Chinese patent, each with the type digits its application numbers may carry. */
public enum PatentType {
    /** 发明: {@code 1}, or {@code 8} in the PCT national phase. */
    INVENTION('1', '8'),
    /** 实用新型: {@code 2}, or {@code 9} in the PCT national phase. */
    UTILITY_MODEL('2', '9'),
    /** 外观设计: {@code 3}. */
    DESIGN('3');

    private final char[] typeDigits;

    PatentType(char... typeDigits) {
        this.typeDigits = typeDigits;
    }

    public boolean matchesTypeDigit(char digit) {
        for (char allowed : typeDigits) {
            if (allowed == digit) {
                return true;
            }
        }
        return false;
    }
}

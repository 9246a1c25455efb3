package org.kinerja.indicator;

/**
 * The rules outcome and indicator fields follow, as constants for forms and request validation.
 */
public final class IndicatorLimits {

    /** An indicator code: P, the purpose number, a dot and the indicator's number, e.g. {@code P2.3}. */
    public static final String INDICATOR_CODE_PATTERN = "^P(\\d+)\\.(\\d+)$";
    /** An outcome code: P, the purpose number, ".O" and the outcome's number, e.g. {@code P2.O1}. */
    public static final String OUTCOME_CODE_PATTERN = "^P(\\d+)\\.O(\\d+)$";
    public static final int CODE_MAX = 20;
    /** The number after the dot (or after ".O") of a code. */
    public static final int CODE_NUMBER_MIN = 1;
    public static final int CODE_NUMBER_MAX = 999;
    public static final int STATEMENT_MAX = 1000;
    public static final int NAME_MAX = 300;
    public static final int DEFINITION_MAX = 4000;
    public static final int UNIT_MAX = 60;
    public static final int NOTE_MAX = 1000;
    public static final int MEANS_OF_VERIFICATION_MAX = 2000;
    public static final int YEAR_MIN = 2000;
    public static final int YEAR_MAX = 2100;
    /** Values are stored as numeric(18,4): up to 14 digits before the decimal point and 4 after it. */
    public static final int VALUE_SCALE_MAX = 4;
    public static final int VALUE_INTEGER_DIGITS_MAX = 14;
    public static final int PERCENTAGE_MIN = 0;
    public static final int PERCENTAGE_MAX = 100;

    private IndicatorLimits() {
    }
}

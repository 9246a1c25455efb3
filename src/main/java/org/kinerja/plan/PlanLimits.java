package org.kinerja.plan;

/**
 * The rules a plan's fields follow, as constants for forms and request validation.
 */
public final class PlanLimits {

    /** A plan code: capitals, digits and hyphens, 2–20 characters, not starting with a hyphen. */
    public static final String CODE_PATTERN = "^[A-Z0-9][A-Z0-9-]{1,19}$";
    public static final int CODE_MAX = 20;
    public static final int TITLE_MAX = 200;
    public static final int YEAR_MIN = 2000;
    public static final int YEAR_MAX = 2100;
    public static final int FOREWORD_MAX = 20000;
    public static final int DESCRIPTION_MAX = 20000;
    public static final int MISSION_MAX = 5000;
    public static final int REPORTING_MAX = 20000;
    public static final int NUMBER_MIN = 1;
    public static final int NUMBER_MAX = 20;
    public static final int PRINCIPLE_DESCRIPTION_MAX = 2000;
    public static final int PURPOSE_SUMMARY_MAX = 2000;
    public static final int PURPOSE_DESCRIPTION_MAX = 20000;
    public static final int EXAMPLE_ACTIVITY_MAX = 1000;
    public static final int EXAMPLE_ACTIVITIES_MAX = 50;
    public static final int SIGNATORIES_MAX = 10;
    public static final int SIGNATORY_NAME_MAX = 120;
    public static final int SIGNATORY_ROLE_MAX = 120;
    public static final int COUNTRY_NAME_MAX = 80;
    public static final String COUNTRY_CODE_PATTERN = "^[A-Z]{3}$";

    private PlanLimits() {
    }
}

package org.kinerja.directory;

/**
 * The rules the directory's fields follow, as constants for forms and request validation.
 */
public final class DirectoryLimits {

    /** A member code: 2–8 capital letters (ISO alpha-3 for countries, e.g. IOM for organisations). */
    public static final String MEMBER_CODE_PATTERN = "^[A-Z]{2,8}$";
    public static final String COUNTRY_CODE_PATTERN = "^[A-Z]{3}$";
    public static final String DAC_CHANNEL_CODE_PATTERN = "^[0-9]{5,6}$";
    /** An IATI organisation identifier: registration agency (e.g. XM-DAC) and identifier, e.g. XM-DAC-47066. */
    public static final String IATI_ORGANISATION_ID_PATTERN = "^[A-Z]{2}-[A-Z0-9]{2,}-[A-Za-z0-9._/-]+$";
    public static final int MEMBER_CODE_MAX = 8;
    public static final int NAME_MAX = 200;
    public static final int SHORT_NAME_MAX = 20;
    public static final int NOTES_MAX = 5000;
    public static final int WEBSITE_MAX = 300;
    public static final int IATI_ORGANISATION_ID_MAX = 100;
    public static final int TITLE_MAX = 200;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 60;
    public static final int TERM_MAX = 40;
    public static final int BODY_MEMBERS_MAX = 100;
    public static final int YEAR_MIN = 1900;
    public static final int YEAR_MAX = 2100;
    public static final int COMMITMENT_YEAR_MIN = 1990;
    public static final int SOURCE_DOCUMENT_MAX = 300;
    public static final int REFERENCE_MAX = 100;
    public static final int TEXT_MAX = 5000;
    public static final int URL_MAX = 2000;
    public static final int PURPOSES_MAX = 40;
    public static final int PLAN_CODE_MAX = 20;
    public static final int SEARCH_MAX = 200;

    private DirectoryLimits() {
    }
}

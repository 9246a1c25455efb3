package org.kinerja.measurement;

/** A dimension a computed figure can be broken down by; each source lists those it supports. */
public enum Breakdown {
    /** Person's sex: FEMALE, MALE, OTHER, NOT_RECORDED. */
    SEX,
    /** Member code (ISO alpha-3 or IO code) a person represents; people without a member under {@code NONE}. */
    MEMBER,
    /** Person's agency type; people without one under {@code NONE}. */
    AGENCY_TYPE,
    /** Purpose number of the work plan activity. */
    PURPOSE,
    /** Status of the work plan activity: PLANNED, IN_PROGRESS, COMPLETED, POSTPONED, CANCELLED. */
    ACTIVITY_STATUS,
    /** OECD DAC gender equality marker of the work plan activity: 0, 1, 2; activities not screened under {@code NOT_RATED}. */
    GENDER_MARKER,
    /** Budget currency (ISO 4217) of the work plan activity; activities without a budget under {@code NONE}. */
    CURRENCY,
    /** Knowledge product type. */
    PRODUCT_TYPE,
    /** Forum id (directory) of an engagement. */
    FORUM,
    /** Engagement type. */
    ENGAGEMENT_TYPE,
    /** Request type: TECHNICAL_ASSISTANCE, RESEARCH, EVENT_SUPPORT, TRAINING, INFORMATION, OTHER. */
    REQUEST_TYPE,
    /**
     * Who sent the request: the member's code ({@code IDN}), {@code BODY-} and the directory id of a Bali Process
     * body ({@code BODY-12}), or {@code CO_CHAIRS}.
     */
    REQUESTER
}

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
    /** Knowledge product type. */
    PRODUCT_TYPE,
    /** Forum id (directory) of an engagement. */
    FORUM,
    /** Engagement type. */
    ENGAGEMENT_TYPE
}

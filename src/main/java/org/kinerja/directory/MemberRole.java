package org.kinerja.directory;

/** A role a member holds in the Bali Process beyond membership itself. */
public enum MemberRole {
    CO_CHAIR,
    STEERING_GROUP,
    AD_HOC_GROUP
}

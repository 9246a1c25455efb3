package org.kinerja.directory;

/** What kind of part of the Bali Process architecture a body is. */
public enum BodyKind {
    PROCESS,
    CO_CHAIRS,
    MINISTERIAL_CONFERENCE,
    SENIOR_OFFICIALS_MEETING,
    STEERING_GROUP,
    AD_HOC_GROUP,
    WORKING_GROUP,
    TASK_FORCE,
    TECHNICAL_EXPERTS_GROUP,
    GOVERNMENT_BUSINESS_FORUM,
    CONSULTATION_MECHANISM,
    REGIONAL_SUPPORT_OFFICE,
    FRAMEWORK,
    HISTORICAL_EXPERT_GROUP,
    OTHER
}

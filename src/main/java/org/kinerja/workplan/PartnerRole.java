package org.kinerja.workplan;

/** What a partner does in an activity. */
public enum PartnerRole {
    LEAD, CO_DELIVERY, FUNDING, TECHNICAL
}

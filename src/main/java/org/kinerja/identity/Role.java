package org.kinerja.identity;

/**
 * The roles of product.md. A user may hold several.
 */
public enum Role {
    /** System administrator: users, roles, settings, everything. */
    ADMIN,
    /** One of the two RSO Co-Managers: approves work plans and reports, and may do what an officer may. */
    CO_MANAGER,
    /** RSO staff: activities, events, participants, products, outreach, requests. */
    PROGRAMME_OFFICER,
    /** Monitoring, evaluation and learning: indicators, values, data approvals, reports. */
    MEL_OFFICER,
    /** A member state's or organisation's contact: their member's requests and participation. */
    MEMBER_FOCAL_POINT,
    /** Co-Chairs' officials, donors, auditors: read everything except participants' personal data. */
    VIEWER;

    /** Whether a user holding this role needs an affiliated member. */
    public boolean needsMember() {
        return this == CO_MANAGER || this == MEMBER_FOCAL_POINT;
    }

    /** Spring Security's authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}

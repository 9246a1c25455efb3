package org.kinerja.plan;

import java.util.List;

/**
 * New texts for a plan. A {@code null} text, or a {@code null} list, leaves that part as it is; a list
 * replaces the plan's list, matched by number (numbers not in it are removed).
 *
 * @param version the version the change was made from; a stale one is refused
 */
public record PlanChange(String title, Integer startYear, Integer endYear, String foreword, String description,
                         String mission, String reporting, Integer version, List<Signatory> signatories,
                         List<Principle> principles, List<Purpose> purposes) {

    /** A change of the plan's own texts only, leaving signatories, principles and purposes as they are. */
    public static PlanChange texts(String title, Integer startYear, Integer endYear, String foreword,
                                   String description, String mission, String reporting, Integer version) {
        return new PlanChange(title, startYear, endYear, foreword, description, mission, reporting, version,
                null, null, null);
    }

    /** This change, also setting the foreword's signatories. */
    public PlanChange withSignatories(List<Signatory> signatories) {
        return new PlanChange(title, startYear, endYear, foreword, description, mission, reporting, version,
                signatories, principles, purposes);
    }
}

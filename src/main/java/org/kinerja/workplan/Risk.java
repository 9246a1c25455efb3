package org.kinerja.workplan;

/** A risk to an activity, how likely it is, how much it would matter, and what is done about it. */
public record Risk(long id, long activityId, String description, RiskLevel likelihood, RiskLevel impact,
                   String mitigation) {

    /** What a risk is created or changed with. */
    public record Input(String description, RiskLevel likelihood, RiskLevel impact, String mitigation) {
    }
}

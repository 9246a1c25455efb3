package org.kinerja.plan.web;

/** The fields of the form that creates a plan, as typed. */
public record NewPlanForm(String code, String title, String startYear, String endYear, String copyFrom) {

    static NewPlanForm blank(String copyFrom) {
        return new NewPlanForm("", "", "", "", copyFrom == null ? "" : copyFrom);
    }
}

package org.kinerja.workplan.web;

/** The create form of the list of work plans: a plan and a year of its period. */
public record WorkPlanCreateForm(String planCode, String year) {

    static WorkPlanCreateForm blank() {
        return new WorkPlanCreateForm("", "");
    }
}

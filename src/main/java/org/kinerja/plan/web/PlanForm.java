package org.kinerja.plan.web;

import java.util.ArrayList;
import java.util.List;

import org.kinerja.plan.Plan;

/** The fields of the form that edits a plan's texts and signatories, as typed. */
public record PlanForm(String title, String startYear, String endYear, String foreword, String description,
                       String mission, String reporting, String version, List<SignatoryForm> signatories) {

    public PlanForm {
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
    }

    static PlanForm of(Plan plan) {
        return new PlanForm(plan.title(), String.valueOf(plan.startYear()), String.valueOf(plan.endYear()),
                plan.foreword(), plan.description(), plan.mission(), plan.reporting(),
                String.valueOf(plan.version()), plan.signatories().stream().map(SignatoryForm::of).toList());
    }

    /** The signatory rows to show: those given, and always one blank row to add another, at least two. */
    public List<SignatoryForm> rows() {
        List<SignatoryForm> rows = new ArrayList<>(signatories);
        if (rows.isEmpty() || !rows.get(rows.size() - 1).isBlank()) {
            rows.add(SignatoryForm.blank());
        }
        while (rows.size() < 2) {
            rows.add(SignatoryForm.blank());
        }
        return rows;
    }
}

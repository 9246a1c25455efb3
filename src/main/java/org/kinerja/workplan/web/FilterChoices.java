package org.kinerja.workplan.web;

import java.util.List;

import org.kinerja.workplan.internal.WorkPlanViews.Choice;

/** What the filters of the work plan views offer besides the statuses and types: the work plan's own values. */
public record FilterChoices(List<Choice> purposes, List<Choice> partners, List<Choice> countries,
                            List<Choice> leadOfficers) {
}

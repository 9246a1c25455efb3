package org.kinerja.workplan.web;

import java.util.List;
import java.util.Map;

import org.kinerja.workplan.Activity;
import org.kinerja.workplan.Milestone;
import org.kinerja.workplan.ProgressUpdate;
import org.kinerja.workplan.Risk;
import org.kinerja.workplan.internal.WorkPlanHeader;

/**
 * What the activity page shows besides the activity: the names of what it refers to, its milestones,
 * updates and risks, and what the signed-in user may do.
 *
 * @param header          its work plan
 * @param purposeTitle    the title of its purpose
 * @param outcomeStatement the statement of its outcome, if any
 * @param requestedBy     who asked for it, named; {@code null} when nobody did
 * @param commitments     the commitments it answers, as "reference — text"
 * @param countries       the countries it targets, by name
 * @param principleTitles the plan's principles by number
 * @param canWrite        whether the user may change activities
 * @param planningOpen    whether the work plan's planning may change (it is a draft)
 */
public record ActivityPage(Activity activity, WorkPlanHeader header, String purposeTitle, String outcomeStatement,
                           String requestedBy, List<String> commitments, List<String> countries,
                           Map<Integer, String> principleTitles, List<Milestone> milestones, List<ProgressUpdate> updates,
                           List<Risk> risks, boolean canWrite, boolean planningOpen) {

    public String principleTitle(int number) {
        return principleTitles.getOrDefault(number, String.valueOf(number));
    }
}

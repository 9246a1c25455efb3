package org.kinerja.workplan.web;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.kinerja.shared.web.FormErrors;
import org.kinerja.workplan.WorkPlan;
import org.kinerja.workplan.WorkPlanApproval;
import org.kinerja.workplan.WorkPlanRevision;
import org.kinerja.workplan.WorkPlanStep;
import org.kinerja.workplan.WorkPlanVersionSummary;
import org.kinerja.workplan.internal.WorkPlanHeader;

/**
 * What the approval page of a work plan shows: where it stands, the steps this user may take now, the
 * approvals of the current version, the step log, the revision log and the approved versions.
 *
 * @param sides   the co-managing sides, member code → "Australia (AUS)"
 * @param notice  what the last step did, or null
 * @param error   why the last step was refused, or null
 * @param errors  the refused comment or reason, by field
 */
public record ApprovalView(WorkPlanHeader header, WorkPlan workPlan, Map<String, String> sides, Actions actions,
                           List<WorkPlanStep> steps, List<WorkPlanRevision> revisions,
                           List<WorkPlanVersionSummary> versions, String notice, String error, FormErrors errors,
                           String comment, String reason) {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    /** The steps the signed-in user may take in the work plan's present state. */
    public record Actions(boolean submit, boolean approve, boolean returnToDraft, boolean revise, boolean carryOver) {

        public boolean any() {
            return submit || approve || returnToDraft || revise || carryOver;
        }
    }

    /** "Australia (AUS)" for a co-managing side, the code itself for any other member. */
    public String side(String memberCode) {
        return memberCode == null ? "" : sides.getOrDefault(memberCode, memberCode);
    }

    /** The sides whose approval of the current version is still missing. */
    public List<String> awaiting() {
        List<String> given = workPlan.approvals().stream().map(WorkPlanApproval::memberCode).toList();
        return sides.keySet().stream().filter(code -> !given.contains(code)).map(sides::get).toList();
    }

    public static String at(OffsetDateTime at) {
        return at == null ? "" : STAMP.format(at.withOffsetSameInstant(ZoneOffset.UTC));
    }
}

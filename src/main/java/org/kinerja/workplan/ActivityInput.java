package org.kinerja.workplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What an activity is created or changed with. A create needs {@code workplanId}, {@code title},
 * {@code purposeNumber} and {@code type}; an update replaces every field (lists left out are emptied) and needs
 * the {@code version} it was read at. {@code status} left out keeps the current status (PLANNED for a new
 * activity). The read-only fields of {@link Activity} (id, code, names, updatedAt …) may be sent back and are
 * ignored.
 */
@JsonIgnoreProperties(value = {"id", "code", "planCode", "year", "leadOfficerName", "listedInPlan", "carriedFromId",
        "updatedAt", "updatedBy", "updatedByName"})
public record ActivityInput(Long workplanId, String title, Integer purposeNumber, String outcomeCode, ActivityType type,
                            ActivityStatus status, String statusReason, String description, String objectives,
                            Long leadOfficerId, List<PartnerShare> partners, RequestedBy requestedBy,
                            List<Long> commitmentIds, List<String> countryCodes, Modality modality,
                            YearMonth plannedStart, YearMonth plannedEnd, LocalDate actualStart, LocalDate actualEnd,
                            Budget budget, BigDecimal expenditure, Integer genderMarker,
                            String genderMarkerJustification, List<PrincipleMarker> principles, Integer version) {

    /** A partner of the activity with its role and credit share (0–100; shares of one activity sum to at most 100). */
    @JsonIgnoreProperties(value = {"name"})
    public record PartnerShare(Long partnerId, PartnerRole role, BigDecimal sharePercent) {
    }

    /** Who asked for the activity: at most one of a member code, a body id or {@code coChairs = true}. */
    public record RequestedBy(String memberCode, Long bodyId, Boolean coChairs) {
    }

    /** An amount and its ISO 4217 currency; the currency defaults to the office's default currency. */
    public record Budget(BigDecimal amount, String currency) {
    }

    /** How the activity applies the guiding principle {@code number} of its plan. */
    public record PrincipleMarker(Integer number, PrincipleRating rating, String evidence) {
    }

    /** An input with only the four fields a create needs. */
    public static ActivityInput minimal(long workplanId, String title, int purposeNumber, ActivityType type) {
        return new ActivityInput(workplanId, title, purposeNumber, null, type, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}

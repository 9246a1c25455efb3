package org.kinerja.workplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An activity with everything it holds, as an approved version of its work plan keeps it: the snapshot's
 * JSON is a list of these.
 */
public record VersionActivity(long id, String code, int purposeNumber, int sequence, String title,
                              String outcomeCode, ActivityType type, String description, String objectives,
                              Long leadOfficerId, String requestedByMemberCode, Long requestedByBodyId,
                              boolean requestedByCoChairs, Modality modality, LocalDate plannedStart,
                              LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd,
                              ActivityStatus status, String statusReason, BigDecimal budgetAmount,
                              String budgetCurrency, BigDecimal expenditure, Short genderMarker,
                              String genderMarkerJustification, boolean listedInPlan, Long carriedFromId,
                              List<Partner> partners, List<Long> commitmentIds, List<String> countryCodes,
                              List<Principle> principles, List<Milestone> milestones, List<Risk> risks) {

    public record Partner(long partnerId, PartnerRole role, BigDecimal sharePercent) {
    }

    public record Principle(int number, PrincipleRating rating, String evidence) {
    }

    public record Milestone(String title, LocalDate dueMonth, LocalDate doneOn) {
    }

    public record Risk(String description, RiskLevel likelihood, RiskLevel impact, String mitigation) {
    }

    public VersionActivity {
        partners = partners == null ? List.of() : List.copyOf(partners);
        commitmentIds = commitmentIds == null ? List.of() : List.copyOf(commitmentIds);
        countryCodes = countryCodes == null ? List.of() : List.copyOf(countryCodes);
        principles = principles == null ? List.of() : List.copyOf(principles);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        risks = risks == null ? List.of() : List.copyOf(risks);
    }

    /**
     * The planning fields, by name, as a revision compares them. Implementation fields (status, actual dates,
     * expenditure, milestones done) are recorded at any time and are not part of what a revision changes.
     */
    public Map<String, Object> planningFields() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("title", title);
        out.put("purpose", purposeNumber);
        out.put("outcome", outcomeCode);
        out.put("type", type);
        out.put("description", description);
        out.put("objectives", objectives);
        out.put("leadOfficer", leadOfficerId);
        out.put("requestedBy", List.of(String.valueOf(requestedByMemberCode), String.valueOf(requestedByBodyId),
                requestedByCoChairs));
        out.put("modality", modality);
        out.put("plannedStart", plannedStart);
        out.put("plannedEnd", plannedEnd);
        out.put("budget", budgetAmount == null ? null
                : budgetAmount.stripTrailingZeros().toPlainString() + " " + budgetCurrency);
        out.put("genderMarker", genderMarker);
        out.put("genderMarkerJustification", genderMarkerJustification);
        out.put("partners", partners.stream().map(p -> p.partnerId() + ":" + p.role() + ":"
                + p.sharePercent().stripTrailingZeros().toPlainString()).sorted().toList());
        out.put("commitments", commitmentIds.stream().sorted().toList());
        out.put("countries", countryCodes.stream().sorted().toList());
        out.put("principles", principles.stream().map(p -> p.number() + ":" + p.rating() + ":" + p.evidence())
                .sorted().toList());
        out.put("milestones", milestones.stream().map(m -> m.title() + "@" + m.dueMonth()).sorted().toList());
        out.put("risks", risks.stream().map(r -> r.description() + "|" + r.likelihood() + "|" + r.impact() + "|"
                + r.mitigation()).sorted().toList());
        return out;
    }

    /** The names of the planning fields in which {@code other} differs from this activity, in a fixed order. */
    public List<String> planningDifferences(VersionActivity other) {
        Map<String, Object> mine = planningFields();
        Map<String, Object> theirs = other.planningFields();
        List<String> names = new ArrayList<>();
        mine.forEach((name, value) -> {
            if (!Objects.equals(value, theirs.get(name))) {
                names.add(name);
            }
        });
        return names;
    }
}

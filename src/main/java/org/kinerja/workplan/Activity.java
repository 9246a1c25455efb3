package org.kinerja.workplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;

/**
 * An activity of an annual work plan, as the API answers it and the activity page shows it.
 *
 * @param id                        its database id
 * @param code                      {@code <year>-P<purpose>-<nn>}, e.g. {@code 2021-P2-03}
 * @param workplanId                the work plan it belongs to
 * @param planCode                  the strategic plan of that work plan, e.g. {@code SP-2021-22}
 * @param year                      the work plan's year
 * @param title                     what the activity is called
 * @param purposeNumber             the purpose of the plan it serves
 * @param outcomeCode               the outcome of that purpose it contributes to, if any ({@code P2.O1})
 * @param type                      what kind of work it is
 * @param status                    where it stands
 * @param statusReason              why it is postponed or cancelled (or any note given with a status)
 * @param description               what it is
 * @param objectives                what it aims at
 * @param leadOfficerId             the RSO user leading it, if any
 * @param leadOfficerName           that user's display name
 * @param partners                  the partners delivering it, with their role and credit share
 * @param requestedBy               who asked for it, if anyone: a member, a body or the Co-Chairs
 * @param commitmentIds             the commitments it answers
 * @param countryCodes              the countries it targets (ISO 3166 alpha-3)
 * @param modality                  how it is delivered
 * @param plannedStart              the month it is planned to start
 * @param plannedEnd                the month it is planned to end
 * @param actualStart               the day it started
 * @param actualEnd                 the day it ended
 * @param budget                    its budget, if any
 * @param expenditure               what has been spent, in the budget's currency
 * @param genderMarker              the OECD DAC gender equality marker: 0, 1 or 2
 * @param genderMarkerJustification why that marker
 * @param principles                how it applies each guiding principle of the plan
 * @param listedInPlan              whether the Strategic Plan lists it as an example activity
 * @param carriedFromId             the activity of an earlier year it was carried over from
 * @param version                   the version for optimistic locking
 * @param updatedAt                 when it was last changed
 * @param updatedBy                 the user who last changed it
 * @param updatedByName             that user's display name
 */
public record Activity(long id, String code, long workplanId, String planCode, int year, String title,
                       int purposeNumber, String outcomeCode, ActivityType type, ActivityStatus status,
                       String statusReason, String description, String objectives, Long leadOfficerId,
                       String leadOfficerName, List<Partner> partners, RequestedBy requestedBy, List<Long> commitmentIds,
                       List<String> countryCodes, Modality modality, YearMonth plannedStart, YearMonth plannedEnd,
                       LocalDate actualStart, LocalDate actualEnd, Budget budget, BigDecimal expenditure,
                       Integer genderMarker, String genderMarkerJustification, List<Principle> principles,
                       boolean listedInPlan, Long carriedFromId, int version, OffsetDateTime updatedAt, Long updatedBy,
                       String updatedByName) {

    public Activity {
        partners = List.copyOf(partners);
        commitmentIds = List.copyOf(commitmentIds);
        countryCodes = List.copyOf(countryCodes);
        principles = List.copyOf(principles);
    }

    /** A partner of the activity: its role and its share of the credit, in percent. */
    public record Partner(long partnerId, String name, PartnerRole role, BigDecimal sharePercent) {
    }

    /** Who asked for the activity: at most one of a member (by code), a body (by id) or the Co-Chairs. */
    public record RequestedBy(String memberCode, Long bodyId, boolean coChairs) {

        public static final RequestedBy NOBODY = new RequestedBy(null, null, false);

        public boolean anybody() {
            return memberCode != null || bodyId != null || coChairs;
        }
    }

    /** An amount in an ISO 4217 currency. */
    public record Budget(BigDecimal amount, String currency) {
    }

    /** How the activity applies one guiding principle of its plan, with the evidence. */
    public record Principle(int number, PrincipleRating rating, String evidence) {
    }
}

package org.kinerja.workplan.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.kinerja.workplan.ActivityStatus;
import org.kinerja.workplan.ActivityType;
import org.kinerja.workplan.PartnerRole;

/**
 * One activity as the work plan views list it.
 *
 * @param plannedStart   the first planned month (its first day), if known
 * @param plannedEnd     the last planned month (its first day), if known
 * @param budgetAmount   the budget, in {@code budgetCurrency}
 * @param expenditure    the expenditure to date, in the budget's currency
 * @param leadOfficer    the lead officer's name, if there is one
 * @param countryCodes   the countries targeted (ISO 3166 alpha-3), in order
 */
public record ActivityRow(long id, String code, String title, int purposeNumber, ActivityType type,
                          ActivityStatus status, Long leadOfficerId, String leadOfficer, List<PartnerCredit> partners,
                          List<String> countryCodes, LocalDate plannedStart, LocalDate plannedEnd,
                          LocalDate actualStart, LocalDate actualEnd, BigDecimal budgetAmount, String budgetCurrency,
                          BigDecimal expenditure, boolean listedInPlan) {

    public ActivityRow {
        partners = List.copyOf(partners);
        countryCodes = List.copyOf(countryCodes);
    }

    /** A partner of the activity, with its role and credit share. */
    public record PartnerCredit(long partnerId, String name, PartnerRole role, BigDecimal sharePercent) {
    }

    /** Whether the activity has planned months or an actual start: what the timeline can draw. */
    public boolean scheduled() {
        return plannedStart != null || plannedEnd != null || actualStart != null;
    }
}

package org.kinerja.workplan.internal;

import static org.kinerja.workplan.db.Tables.ACTIVITY;
import static org.kinerja.workplan.db.Tables.ACTIVITY_COUNTRY;
import static org.kinerja.workplan.db.Tables.ACTIVITY_PARTNER;

import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.kinerja.workplan.ActivityFilter;

/** The one translation of an {@link ActivityFilter} into SQL, for the API's lists and the work plan views alike. */
public final class ActivityConditions {

    private ActivityConditions() {
    }

    /** The activities the filter selects; {@code null} criteria select all. */
    public static Condition of(ActivityFilter f) {
        Condition c = DSL.trueCondition();
        if (f == null) {
            return c;
        }
        if (f.workplanId() != null) {
            c = c.and(ACTIVITY.WORK_PLAN_ID.eq(f.workplanId()));
        }
        if (f.purposeNumber() != null) {
            c = c.and(ACTIVITY.PURPOSE_NUMBER.eq(f.purposeNumber()));
        }
        if (f.status() != null) {
            c = c.and(ACTIVITY.STATUS.eq(f.status().name()));
        }
        if (f.type() != null) {
            c = c.and(ACTIVITY.TYPE.eq(f.type().name()));
        }
        if (f.leadOfficerId() != null) {
            c = c.and(ACTIVITY.LEAD_OFFICER_ID.eq(f.leadOfficerId()));
        }
        if (f.partnerId() != null) {
            c = c.andExists(DSL.selectOne().from(ACTIVITY_PARTNER).where(ACTIVITY_PARTNER.ACTIVITY_ID.eq(ACTIVITY.ID))
                    .and(ACTIVITY_PARTNER.PARTNER_ID.eq(f.partnerId())));
        }
        if (f.countryCode() != null) {
            c = c.andExists(DSL.selectOne().from(ACTIVITY_COUNTRY).where(ACTIVITY_COUNTRY.ACTIVITY_ID.eq(ACTIVITY.ID))
                    .and(ACTIVITY_COUNTRY.COUNTRY_CODE.eq(f.countryCode())));
        }
        return c;
    }
}

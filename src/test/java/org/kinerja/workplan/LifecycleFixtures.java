package org.kinerja.workplan;

import static org.kinerja.workplan.db.Tables.ACTIVITY;
import static org.kinerja.workplan.db.Tables.ACTIVITY_COMMITMENT;
import static org.kinerja.workplan.db.Tables.ACTIVITY_COUNTRY;
import static org.kinerja.workplan.db.Tables.ACTIVITY_PARTNER;
import static org.kinerja.workplan.db.Tables.ACTIVITY_PRINCIPLE;
import static org.kinerja.workplan.db.Tables.MILESTONE;
import static org.kinerja.workplan.db.Tables.RISK;
import static org.kinerja.workplan.db.Tables.WORK_PLAN;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.jooq.DSLContext;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.plan.NewPlan;
import org.kinerja.plan.PlanService;
import org.kinerja.testsupport.Users;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What the work plan lifecycle tests build on: a strategic plan of their own (with the purposes of
 * SP-2021-22, for the years 2041–2042), its work plans, activities written straight into
 * {@code workplan.activity}, and Co-Managers of both sides.
 */
public final class LifecycleFixtures {

    public static final int START = 2041;
    public static final int END = 2042;

    private final PlanService plans;
    private final UserService users;
    private final DSLContext db;
    private final UserDetailsService details;

    public LifecycleFixtures(PlanService plans, UserService users, DSLContext db, UserDetailsService details) {
        this.plans = plans;
        this.users = users;
        this.db = db;
        this.details = details;
    }

    /** A new plan for 2041–2042 with the purposes of SP-2021-22; its code. */
    public String plan() {
        String code = "WL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        plans.create(new NewPlan(code, "A plan for work plan lifecycle tests", START, END, "SP-2021-22"));
        return code;
    }

    /** A DRAFT work plan written directly, without the service. */
    public long workPlan(String planCode, int year) {
        return db.insertInto(WORK_PLAN, WORK_PLAN.PLAN_CODE, WORK_PLAN.YEAR).values(planCode, year)
                .returningResult(WORK_PLAN.ID).fetchOne().value1();
    }

    /** An activity of purpose {@code purpose} with that status, written directly; its id. */
    public long activity(long workPlanId, int year, int purpose, int sequence, String title, ActivityStatus status) {
        return db.insertInto(ACTIVITY)
                .set(ACTIVITY.WORK_PLAN_ID, workPlanId)
                .set(ACTIVITY.CODE, String.format("%d-P%d-%02d", year, purpose, sequence))
                .set(ACTIVITY.PURPOSE_NUMBER, purpose).set(ACTIVITY.SEQUENCE, sequence)
                .set(ACTIVITY.TITLE, title).set(ACTIVITY.TYPE, ActivityType.WORKSHOP.name())
                .set(ACTIVITY.STATUS, status.name())
                .set(ACTIVITY.STATUS_REASON, status.needsReason() ? "Travel restrictions" : null)
                .set(ACTIVITY.PLANNED_START, LocalDate.of(year, 3, 1)).set(ACTIVITY.PLANNED_END, LocalDate.of(year, 5, 1))
                .set(ACTIVITY.BUDGET_AMOUNT, new BigDecimal("25000.00")).set(ACTIVITY.BUDGET_CURRENCY, "AUD")
                .returningResult(ACTIVITY.ID).fetchOne().value1();
    }

    /** Gives the activity a partner, a commitment, a country, a principle marker, a risk and two milestones (one done). */
    public void details(long activityId, int year) {
        db.insertInto(ACTIVITY_PARTNER, ACTIVITY_PARTNER.ACTIVITY_ID, ACTIVITY_PARTNER.PARTNER_ID, ACTIVITY_PARTNER.ROLE,
                ACTIVITY_PARTNER.SHARE_PERCENT).values(activityId, 7L, "LEAD", new BigDecimal("60.00")).execute();
        db.insertInto(ACTIVITY_COMMITMENT, ACTIVITY_COMMITMENT.ACTIVITY_ID, ACTIVITY_COMMITMENT.COMMITMENT_ID)
                .values(activityId, 3L).execute();
        db.insertInto(ACTIVITY_COUNTRY, ACTIVITY_COUNTRY.ACTIVITY_ID, ACTIVITY_COUNTRY.COUNTRY_CODE)
                .values(activityId, "IDN").execute();
        db.insertInto(ACTIVITY_PRINCIPLE, ACTIVITY_PRINCIPLE.ACTIVITY_ID, ACTIVITY_PRINCIPLE.PRINCIPLE_NUMBER,
                ACTIVITY_PRINCIPLE.RATING, ACTIVITY_PRINCIPLE.EVIDENCE).values(activityId, 2, "APPLIED", "Co-designed with members").execute();
        db.insertInto(RISK, RISK.ACTIVITY_ID, RISK.DESCRIPTION, RISK.LIKELIHOOD, RISK.IMPACT, RISK.MITIGATION)
                .values(activityId, "Venue unavailable", "LOW", "MEDIUM", "Book a second venue").execute();
        db.insertInto(MILESTONE, MILESTONE.ACTIVITY_ID, MILESTONE.TITLE, MILESTONE.DUE_MONTH, MILESTONE.DONE_ON)
                .values(activityId, "Concept note agreed", LocalDate.of(year, 2, 1), LocalDate.of(year, 2, 10)).execute();
        db.insertInto(MILESTONE, MILESTONE.ACTIVITY_ID, MILESTONE.TITLE, MILESTONE.DUE_MONTH)
                .values(activityId, "Report published", LocalDate.of(year, 11, 1)).execute();
    }

    public UserAccount coManager(String member) {
        return Users.aUser(users).withRole(Role.CO_MANAGER).withMember(member)
                .named("Co-Manager " + member).create();
    }

    public UserAccount user(Role role) {
        return Users.aUser(users).withRole(role).create();
    }

    /** Makes {@code account} the signed-in user of this thread, for calls to the service. */
    public void signIn(UserAccount account) {
        UserDetails user = details.loadUserByUsername(account.email());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}

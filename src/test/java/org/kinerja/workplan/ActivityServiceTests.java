package org.kinerja.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kinerja.directory.Commitment;
import org.kinerja.directory.CommitmentService;
import org.kinerja.directory.Partner;
import org.kinerja.directory.PartnerInput;
import org.kinerja.directory.PartnerService;
import org.kinerja.directory.PartnerType;
import org.kinerja.directory.MemberService;
import org.kinerja.identity.Role;
import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.indicator.IndicatorService;
import org.kinerja.plan.PlanService;
import org.kinerja.shared.ConflictException;
import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.PageQuery;
import org.kinerja.testsupport.Users;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class ActivityServiceTests {

    /** The activity a test says events refer to; the test check answers "2 events" for it. */
    static final AtomicLong REFERRED = new AtomicLong(-1);

    @TestConfiguration
    static class Referrers {
        @Bean
        ActivityReferenceCheck testEvents() {
            return (id, locale) -> id == REFERRED.get() ? List.of("2 events") : List.of();
        }
    }

    @Autowired
    ActivityService activities;
    @Autowired
    DSLContext db;
    @Autowired
    PlanService plans;
    @Autowired
    IndicatorService indicators;
    @Autowired
    UserService users;
    @Autowired
    PartnerService partnerService;
    @Autowired
    CommitmentService commitmentService;
    @Autowired
    MemberService members;
    @Autowired
    ApplicationEvents events;

    ActivityFixtures fixtures;
    long plan;

    @BeforeEach
    void workPlan() {
        fixtures = new ActivityFixtures(db, plans, indicators);
        plan = fixtures.draftWorkPlan();
    }

    private Activity create(int purpose, String title) {
        return activities.create(ActivityInput.minimal(plan, title, purpose, ActivityType.TRAINING));
    }

    private Partner newPartner() {
        return partnerService.create(new PartnerInput("Test partner " + UUID.randomUUID(), null,
                PartnerType.TRAINING_INSTITUTION, null, null, null, null, null, null, null));
    }

    /** The input that would recreate {@code a} as it is, with {@code change} applied. */
    private static ActivityInput same(Activity a, UnaryOperator<Input> change) {
        return change.apply(Input.of(a)).build();
    }

    @Test
    void codesCountUpPerPurposeWithinTheWorkPlanYear() {
        assertThat(create(2, "Regional training on trafficking investigations").code()).isEqualTo("2021-P2-01");
        assertThat(create(2, "Second training").code()).isEqualTo("2021-P2-02");
        assertThat(create(1, "Roundtable").code()).isEqualTo("2021-P1-01");
        Activity third = create(2, "Third training");
        assertThat(third.code()).isEqualTo("2021-P2-03");
        assertThat(third.status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(third.version()).isZero();
    }

    @Test
    void createStoresEveryFieldWithTheDefaultCurrency() {
        Partner lead = newPartner();
        Partner funder = newPartner();
        UserAccount officer = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).named("Lead Officer").create();
        Commitment commitment = commitmentService.list(null, PageQuery.of(0, 1)).items().get(0);
        Activity a = activities.create(new Input(plan, "Workshop on victim identification", 2, ActivityType.WORKSHOP)
                .with(i -> {
                    i.outcomeCode = "p2.o1";
                    i.leadOfficerId = officer.id();
                    i.partners = List.of(new ActivityInput.PartnerShare(lead.id(), PartnerRole.LEAD, new BigDecimal("60")),
                            new ActivityInput.PartnerShare(funder.id(), PartnerRole.FUNDING, new BigDecimal("40")));
                    i.requestedBy = new ActivityInput.RequestedBy("idn", null, null);
                    i.commitmentIds = List.of(commitment.id());
                    i.countryCodes = List.of("tha", "IDN");
                    i.modality = Modality.HYBRID;
                    i.plannedStart = YearMonth.of(2021, 3);
                    i.plannedEnd = YearMonth.of(2021, 5);
                    i.budget = new ActivityInput.Budget(new BigDecimal("25000"), null);
                    i.genderMarker = 1;
                    i.genderMarkerJustification = "Sex-disaggregated participation targets.";
                    i.principles = List.of(new ActivityInput.PrincipleMarker(4, PrincipleRating.PARTLY, "Adjusted to requests."));
                }).build());
        Activity read = activities.get(a.id());
        assertThat(read.outcomeCode()).isEqualTo("P2.O1");
        assertThat(read.leadOfficerName()).isEqualTo("Lead Officer");
        assertThat(read.partners()).extracting(Activity.Partner::name, Activity.Partner::role, p -> p.sharePercent().intValue())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(lead.name(), PartnerRole.LEAD, 60),
                        org.assertj.core.groups.Tuple.tuple(funder.name(), PartnerRole.FUNDING, 40));
        assertThat(read.requestedBy()).isEqualTo(new Activity.RequestedBy("IDN", null, false));
        assertThat(read.commitmentIds()).containsExactly(commitment.id());
        assertThat(read.countryCodes()).containsExactly("IDN", "THA");
        assertThat(read.plannedStart()).isEqualTo(YearMonth.of(2021, 3));
        assertThat(read.budget()).isEqualTo(new Activity.Budget(new BigDecimal("25000.00"), "AUD"));
        assertThat(read.principles()).containsExactly(new Activity.Principle(4, PrincipleRating.PARTLY, "Adjusted to requests."));
        EntityChanged created = events.stream(EntityChanged.class).filter(e -> e.entityType().equals("Activity")
                && e.entityId().equals(String.valueOf(a.id()))).findFirst().orElseThrow();
        assertThat(created.action()).isEqualTo(EntityChanged.Action.CREATE);
        assertThat(created.changes().get("title").after()).isEqualTo("Workshop on victim identification");
        assertThat(created.changes().get("budget").after()).isEqualTo("25000.00 AUD");
    }

    private void refused(UnaryOperator<Input> change, String field, String messageKey) {
        ActivityInput input = change.apply(new Input(plan, "A valid title", 2, ActivityType.TRAINING)).build();
        assertThatThrownBy(() -> activities.create(input)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).as("violations").anySatisfy(v -> {
                    assertThat(v.field()).isEqualTo(field);
                    assertThat(v.messageKey()).isEqualTo(messageKey);
                }));
        assertThat(fixtures.activityCount(plan)).as("nothing written").isZero();
    }

    @Test
    void createNeedsTitlePurposeAndTypeAndAnExistingWorkPlan() {
        refused(i -> i.with(x -> x.title = "  "), "title", "validation.required");
        refused(i -> i.with(x -> x.purposeNumber = null), "purposeNumber", "validation.required");
        refused(i -> i.with(x -> x.type = null), "type", "validation.required");
        refused(i -> i.with(x -> x.purposeNumber = 7), "purposeNumber", "activity.purpose.unknown");
        refused(i -> i.with(x -> x.title = "x".repeat(301)), "title", "validation.length.max");
        refused(i -> i.with(x -> x.description = "nul\u0000"), "description", "validation.text.character");
        assertThatThrownBy(() -> activities.create(ActivityInput.minimal(-5, "T", 2, ActivityType.TRAINING)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("workplanId"));
        long orphan = fixtures.workPlan("GONE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT), 2021);
        assertThatThrownBy(() -> activities.create(ActivityInput.minimal(orphan, "T", 2, ActivityType.TRAINING)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations().get(0).field()).isEqualTo("workplanId");
                    assertThat(e.violations().get(0).messageKey()).isEqualTo("activity.plan.unknown");
                });
        assertThat(fixtures.activityCount(orphan)).isZero();
    }

    @Test
    void refusesOutcomesOfAnotherPurposeOrPlanAndUnknownOrInactiveOfficers() {
        refused(i -> i.with(x -> x.outcomeCode = "P1.O1"), "outcomeCode", "activity.outcome.otherPurpose");
        refused(i -> i.with(x -> x.outcomeCode = "P2.O9"), "outcomeCode", "activity.outcome.unknown");
        refused(i -> i.with(x -> x.leadOfficerId = 999_999L), "leadOfficerId", "activity.leadOfficer.unknown");
        UserAccount gone = Users.aUser(users).withRole(Role.PROGRAMME_OFFICER).create();
        users.deactivate(gone.id());
        refused(i -> i.with(x -> x.leadOfficerId = gone.id()), "leadOfficerId", "activity.leadOfficer.inactive");
    }

    @Test
    void refusesUnknownOrRepeatedPartnersAndSharesOutOfRangeOrOver100() {
        Partner a = newPartner();
        Partner b = newPartner();
        refused(i -> i.with(x -> x.partners = List.of(new ActivityInput.PartnerShare(999_999L, PartnerRole.LEAD, null))),
                "partners[0].partnerId", "activity.partner.unknown");
        refused(i -> i.with(x -> x.partners = List.of(new ActivityInput.PartnerShare(a.id(), PartnerRole.LEAD, null),
                new ActivityInput.PartnerShare(a.id(), PartnerRole.FUNDING, null))), "partners[1].partnerId", "activity.partner.twice");
        refused(i -> i.with(x -> x.partners = List.of(new ActivityInput.PartnerShare(a.id(), PartnerRole.LEAD, new BigDecimal("101")))),
                "partners[0].sharePercent", "activity.share.range");
        refused(i -> i.with(x -> x.partners = List.of(new ActivityInput.PartnerShare(a.id(), null, BigDecimal.ONE))),
                "partners[0].role", "validation.required");
        refused(i -> i.with(x -> x.partners = List.of(new ActivityInput.PartnerShare(a.id(), PartnerRole.LEAD, new BigDecimal("60")),
                new ActivityInput.PartnerShare(b.id(), PartnerRole.FUNDING, new BigDecimal("40.5")))), "partners", "activity.share.total");
    }

    @Test
    void refusesSeveralOrUnknownRequestersCommitmentsAndCountries() {
        refused(i -> i.with(x -> x.requestedBy = new ActivityInput.RequestedBy("IDN", null, true)), "requestedBy",
                "activity.requestedBy.one");
        refused(i -> i.with(x -> x.requestedBy = new ActivityInput.RequestedBy("XXX", null, null)), "requestedBy.memberCode",
                "activity.member.unknown");
        refused(i -> i.with(x -> x.requestedBy = new ActivityInput.RequestedBy(null, 999_999L, null)), "requestedBy.bodyId",
                "activity.body.unknown");
        refused(i -> i.with(x -> x.commitmentIds = List.of(999_999L)), "commitmentIds[0]", "activity.commitment.unknown");
        refused(i -> i.with(x -> x.countryCodes = List.of("ID")), "countryCodes[0]", "activity.country.format");
        refused(i -> i.with(x -> x.countryCodes = List.of("QQQ")), "countryCodes[0]", "activity.country.unknown");
        refused(i -> i.with(x -> x.countryCodes = List.of("IDN", "idn")), "countryCodes[1]", "activity.listedTwice");
    }

    @Test
    void refusesEndsBeforeStartsNegativeMoneyUnknownCurrenciesAndMarkersWithoutJustification() {
        refused(i -> i.with(x -> {
            x.plannedStart = YearMonth.of(2021, 6);
            x.plannedEnd = YearMonth.of(2021, 5);
        }), "plannedEnd", "activity.plannedEnd.beforeStart");
        refused(i -> i.with(x -> {
            x.actualStart = LocalDate.of(2021, 6, 2);
            x.actualEnd = LocalDate.of(2021, 6, 1);
        }), "actualEnd", "activity.actualEnd.beforeStart");
        refused(i -> i.with(x -> x.budget = new ActivityInput.Budget(new BigDecimal("-1"), "AUD")), "budget.amount",
                "activity.amount.negative");
        refused(i -> i.with(x -> x.budget = new ActivityInput.Budget(BigDecimal.TEN, "XYZ")), "budget.currency",
                "activity.currency.unknown");
        refused(i -> i.with(x -> x.budget = new ActivityInput.Budget(new BigDecimal("1.005"), "USD")), "budget.amount",
                "activity.amount.decimals");
        refused(i -> i.with(x -> x.expenditure = new BigDecimal("-0.01")), "expenditure", "activity.amount.negative");
        refused(i -> i.with(x -> x.genderMarker = 3), "genderMarker", "activity.genderMarker.range");
        refused(i -> i.with(x -> x.genderMarker = 2), "genderMarkerJustification", "activity.genderMarker.justificationRequired");
        refused(i -> i.with(x -> x.principles = List.of(new ActivityInput.PrincipleMarker(9, PrincipleRating.APPLIED, ""))),
                "principles[0].number", "activity.principle.unknown");
        refused(i -> i.with(x -> x.principles = List.of(new ActivityInput.PrincipleMarker(1, null, ""))),
                "principles[0].rating", "validation.required");
        refused(i -> i.with(x -> x.status = ActivityStatus.CANCELLED), "statusReason", "activity.status.reasonRequired");
    }

    @Test
    void aStaleVersionIsRefusedAndNothingIsOverwritten() {
        Activity a = create(2, "Original title");
        Activity changed = activities.update(a.id(), same(a, i -> i.with(x -> x.title = "First change")));
        assertThat(changed.version()).isEqualTo(1);
        assertThatThrownBy(() -> activities.update(a.id(), same(a, i -> i.with(x -> x.title = "Second change"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.field()).isEqualTo("version");
                    assertThat(e.messageKey()).isEqualTo("activity.stale.unknown");
                });
        assertThat(activities.get(a.id()).title()).isEqualTo("First change");
    }

    @Test
    void anApprovedPlanRefusesPlanningChangesButRecordsImplementation() {
        Activity a = create(2, "Planned workshop");
        fixtures.setStatus(plan, WorkPlanStatus.APPROVED);
        assertThatThrownBy(() -> activities.update(a.id(), same(a, i -> i.with(x -> x.title = "Renamed"))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workplan.locked.approved"));
        assertThatThrownBy(() -> create(2, "New one")).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.messageKey()).isEqualTo("workplan.locked.approved"));
        Activity done = activities.update(a.id(), same(a, i -> i.with(x -> {
            x.actualStart = LocalDate.of(2021, 4, 12);
            x.expenditure = new BigDecimal("1234.5");
            x.status = ActivityStatus.IN_PROGRESS;
        })));
        assertThat(done.title()).isEqualTo("Planned workshop");
        assertThat(done.expenditure()).isEqualByComparingTo("1234.50");
        assertThat(done.status()).isEqualTo(ActivityStatus.IN_PROGRESS);
        assertThat(activities.changeStatus(a.id(), ActivityStatus.COMPLETED, null, null).status())
                .isEqualTo(ActivityStatus.COMPLETED);
        assertThatThrownBy(() -> activities.delete(a.id(), done.version())).isInstanceOf(ConflictException.class);
        fixtures.setStatus(plan, WorkPlanStatus.SUBMITTED);
        assertThatThrownBy(() -> activities.addRisk(a.id(), new Risk.Input("Floods", RiskLevel.LOW, RiskLevel.HIGH, "")))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("workplan.locked.submitted"));
    }

    @Test
    void statusChangesNeedAReasonToPostponeOrCancelAndArePublished() {
        Activity a = create(3, "Conference");
        assertThatThrownBy(() -> activities.changeStatus(a.id(), ActivityStatus.CANCELLED, " ", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations().get(0).field()).isEqualTo("reason");
                    assertThat(e.violations().get(0).messageKey()).isEqualTo("activity.status.reasonRequired");
                });
        assertThat(activities.get(a.id()).status()).isEqualTo(ActivityStatus.PLANNED);
        Activity started = activities.changeStatus(a.id(), ActivityStatus.IN_PROGRESS, null, 0);
        assertThat(started.status()).isEqualTo(ActivityStatus.IN_PROGRESS);
        Activity cancelled = activities.changeStatus(a.id(), ActivityStatus.CANCELLED, "Host country withdrew.", null);
        assertThat(cancelled.statusReason()).isEqualTo("Host country withdrew.");
        assertThat(events.stream(ActivityStatusChanged.class).filter(e -> e.activityId() == a.id()))
                .containsExactly(new ActivityStatusChanged(a.id(), plan, "2021-P3-01", ActivityStatus.PLANNED,
                                ActivityStatus.IN_PROGRESS, null),
                        new ActivityStatusChanged(a.id(), plan, "2021-P3-01", ActivityStatus.IN_PROGRESS,
                                ActivityStatus.CANCELLED, "Host country withdrew."));
        EntityChanged last = events.stream(EntityChanged.class).filter(e -> e.entityId().equals(String.valueOf(a.id())))
                .reduce((x, y) -> y).orElseThrow();
        assertThat(last.changes()).containsEntry("status", new EntityChanged.FieldChange("IN_PROGRESS", "CANCELLED"))
                .containsEntry("statusReason", new EntityChanged.FieldChange(null, "Host country withdrew."));
        assertThatThrownBy(() -> activities.changeStatus(a.id(), ActivityStatus.COMPLETED, null, 1))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void deleteIsRefusedWhileSomethingRefersToTheActivity() {
        Activity a = create(2, "Referred to");
        REFERRED.set(a.id());
        assertThatThrownBy(() -> activities.delete(a.id(), 0)).isInstanceOfSatisfying(ConflictException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("activity.delete.referenced");
            assertThat(e.args()).containsExactly("2 events", "2021-P2-01");
        });
        REFERRED.set(-1);
        assertThatThrownBy(() -> activities.delete(a.id(), 3)).isInstanceOf(ConflictException.class);
        activities.delete(a.id(), 0);
        assertThat(activities.find(a.id())).isEmpty();
    }

    @Test
    void partnersAndRequestingMembersUsedByActivitiesCannotBeDeleted() {
        Partner p = newPartner();
        Input in = new Input(plan, "With a partner", 2, ActivityType.TRAINING);
        activities.create(in.with(x -> x.partners = List.of(new ActivityInput.PartnerShare(p.id(), PartnerRole.LEAD, null))).build());
        activities.create(in.with(x -> x.title = "Second").build());
        assertThatThrownBy(() -> partnerService.delete(p.id(), p.version()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.args()[0]).isEqualTo("2 activities"));
        activities.create(new Input(plan, "Requested", 1, ActivityType.RESEARCH)
                .with(x -> x.requestedBy = new ActivityInput.RequestedBy("NZL", null, null)).build());
        var nzl = members.get("NZL");
        assertThatThrownBy(() -> members.delete("NZL", nzl.version()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(String.valueOf(e.args()[0])).contains("1 activity"));
    }

    @Test
    void milestonesUpdatesAndRisksAreRecordedAndMilestonesCanBeDoneOnAnApprovedPlan() {
        Activity a = create(2, "With milestones");
        Milestone m = activities.addMilestone(a.id(), new Milestone.Input(" Venue booked ", YearMonth.of(2021, 2), null));
        assertThat(m.title()).isEqualTo("Venue booked");
        Risk r = activities.addRisk(a.id(), new Risk.Input("Travel restrictions", RiskLevel.HIGH, RiskLevel.MEDIUM, "Go virtual"));
        assertThat(activities.risks(a.id())).containsExactly(r);
        assertThatThrownBy(() -> activities.addMilestone(a.id(), new Milestone.Input("", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(InvalidInputException.Violation::field).containsExactly("title", "dueMonth"));
        fixtures.setStatus(plan, WorkPlanStatus.APPROVED);
        Milestone done = activities.updateMilestone(a.id(), m.id(),
                new Milestone.Input("Venue booked", YearMonth.of(2021, 2), LocalDate.of(2021, 2, 17)));
        assertThat(done.doneOn()).isEqualTo(LocalDate.of(2021, 2, 17));
        assertThatThrownBy(() -> activities.updateMilestone(a.id(), m.id(),
                new Milestone.Input("Venue booked", YearMonth.of(2021, 3), null))).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> activities.deleteRisk(a.id(), r.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> activities.addProgressUpdate(a.id(), new ProgressUpdate.Input(LocalDate.of(2021, 3, 1),
                "Going well", "ftp://example.org/x"))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("activity.link.format"));
        assertThat(activities.progressUpdates(a.id())).isEmpty();
        EntityChanged milestoneDone = events.stream(EntityChanged.class)
                .filter(e -> e.changes().containsKey("milestone " + m.id() + " doneOn")).findFirst().orElseThrow();
        assertThat(milestoneDone.changes().get("milestone " + m.id() + " doneOn"))
                .isEqualTo(new EntityChanged.FieldChange(null, "2021-02-17"));
    }

    @Test
    void listsFilterByPurposeStatusPartnerAndCountry() {
        Partner p = newPartner();
        create(1, "One");
        activities.create(new Input(plan, "Two", 2, ActivityType.WEBINAR).with(x -> {
            x.partners = List.of(new ActivityInput.PartnerShare(p.id(), PartnerRole.TECHNICAL, null));
            x.countryCodes = List.of("LKA");
        }).build());
        Activity three = create(2, "Three");
        activities.changeStatus(three.id(), ActivityStatus.IN_PROGRESS, null, null);
        PageQuery page = PageQuery.of(0, 50);
        assertThat(activities.list(ActivityFilter.ofWorkPlan(plan), page).total()).isEqualTo(3);
        assertThat(activities.list(new ActivityFilter(plan, 2, null, null, null, null, null), page).items())
                .extracting(Activity::code).containsExactly("2021-P2-01", "2021-P2-02");
        assertThat(activities.list(new ActivityFilter(plan, null, ActivityStatus.IN_PROGRESS, null, null, null, null), page)
                .items()).extracting(Activity::title).containsExactly("Three");
        assertThat(activities.list(new ActivityFilter(null, null, null, null, p.id(), null, null), page).items())
                .extracting(Activity::title).containsExactly("Two");
        assertThat(activities.list(new ActivityFilter(plan, null, null, null, null, "lka", null), page).items())
                .extracting(Activity::title).containsExactly("Two");
        assertThat(activities.list(new ActivityFilter(plan, null, null, ActivityType.WEBINAR, null, null, null), page).total())
                .isEqualTo(1);
    }

    /** A mutable builder of {@link ActivityInput} for tests. */
    static final class Input {
        Long workplanId;
        String title;
        Integer purposeNumber;
        String outcomeCode;
        ActivityType type;
        ActivityStatus status;
        String statusReason;
        String description;
        String objectives;
        Long leadOfficerId;
        List<ActivityInput.PartnerShare> partners;
        ActivityInput.RequestedBy requestedBy;
        List<Long> commitmentIds;
        List<String> countryCodes;
        Modality modality;
        YearMonth plannedStart;
        YearMonth plannedEnd;
        LocalDate actualStart;
        LocalDate actualEnd;
        ActivityInput.Budget budget;
        BigDecimal expenditure;
        Integer genderMarker;
        String genderMarkerJustification;
        List<ActivityInput.PrincipleMarker> principles;
        Integer version;

        Input(long workplanId, String title, int purposeNumber, ActivityType type) {
            this.workplanId = workplanId;
            this.title = title;
            this.purposeNumber = purposeNumber;
            this.type = type;
        }

        static Input of(Activity a) {
            Input i = new Input(a.workplanId(), a.title(), a.purposeNumber(), a.type());
            i.outcomeCode = a.outcomeCode();
            i.status = a.status();
            i.statusReason = a.statusReason();
            i.description = a.description();
            i.objectives = a.objectives();
            i.leadOfficerId = a.leadOfficerId();
            i.partners = a.partners().stream()
                    .map(p -> new ActivityInput.PartnerShare(p.partnerId(), p.role(), p.sharePercent())).toList();
            i.requestedBy = new ActivityInput.RequestedBy(a.requestedBy().memberCode(), a.requestedBy().bodyId(),
                    a.requestedBy().coChairs());
            i.commitmentIds = a.commitmentIds();
            i.countryCodes = a.countryCodes();
            i.modality = a.modality();
            i.plannedStart = a.plannedStart();
            i.plannedEnd = a.plannedEnd();
            i.actualStart = a.actualStart();
            i.actualEnd = a.actualEnd();
            i.budget = a.budget() == null ? null : new ActivityInput.Budget(a.budget().amount(), a.budget().currency());
            i.expenditure = a.expenditure();
            i.genderMarker = a.genderMarker();
            i.genderMarkerJustification = a.genderMarkerJustification();
            i.principles = a.principles().stream()
                    .map(p -> new ActivityInput.PrincipleMarker(p.number(), p.rating(), p.evidence())).toList();
            i.version = a.version();
            return i;
        }

        Input with(java.util.function.Consumer<Input> change) {
            change.accept(this);
            return this;
        }

        ActivityInput build() {
            return new ActivityInput(workplanId, title, purposeNumber, outcomeCode, type, status, statusReason, description,
                    objectives, leadOfficerId, partners, requestedBy, commitmentIds, countryCodes, modality, plannedStart,
                    plannedEnd, actualStart, actualEnd, budget, expenditure, genderMarker, genderMarkerJustification,
                    principles, version);
        }

        Map<String, Object> json() {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("workplanId", workplanId);
            m.put("title", title);
            m.put("purposeNumber", purposeNumber);
            m.put("type", type == null ? null : type.name());
            return m;
        }
    }

    @SuppressWarnings("unused")
    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }
}

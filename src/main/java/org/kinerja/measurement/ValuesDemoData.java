package org.kinerja.measurement;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.kinerja.identity.UserAccount;
import org.kinerja.identity.UserService;
import org.kinerja.indicator.Indicator;
import org.kinerja.indicator.IndicatorService;
import org.kinerja.shared.PageQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's indicator values for 2021 of the shipped plan SP-2021-22, so that its targets-and-actuals
 * page shows every status: the demo officer enters the MANUAL indicators' values and the demo MEL officer approves
 * them — P3.2 (dialogues, target 4) reaches 5 and is achieved, P4.3 (items, target 30) has two approved quarters
 * of 14 and is behind with a third submitted and a fourth in draft, the qualitative P3.3 is submitted and has no
 * data until it is approved; computed
 * values are recorded and submitted for approval (P1.1's first two quarters), one approved by a Co-Manager
 * (P1.3's first half). Added once: nothing is added when the plan has values.
 */
@Component
@Profile("demo")
@Order(160)
class ValuesDemoData implements ApplicationRunner {

    static final String PLAN = "SP-2021-22";
    private static final String OFFICER = "officer@kinerja.demo";
    private static final String MEL = "mel@kinerja.demo";
    private static final String CO_MANAGER = "comanager.aus@kinerja.demo";

    private final IndicatorValueService values;
    private final IndicatorValueRepository repository;
    private final IndicatorService indicators;
    private final UserService users;

    ValuesDemoData(IndicatorValueService values, IndicatorValueRepository repository, IndicatorService indicators,
                   UserService users) {
        this.values = values;
        this.repository = repository;
        this.indicators = indicators;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!repository.anyOfPlan(PLAN)) {
            add();
        }
    }

    void add() {
        Map<String, Long> ids = users.list("@kinerja.demo", null, true, PageQuery.of(0, PageQuery.MAX_SIZE)).items()
                .stream().collect(Collectors.toMap(UserAccount::email, UserAccount::id));
        Long officer = ids.get(OFFICER);
        Long mel = ids.get(MEL);
        Long coManager = ids.get(CO_MANAGER);
        if (officer == null || mel == null || coManager == null) {
            return;
        }
        indicator("P3.2").ifPresent(i -> {
            String[] quarters = {"1", "1", "1", "2"};
            for (int q = 1; q <= 4; q++) {
                approved(i, number("2021-Q" + q, quarters[q - 1], "Dialogues recorded in the RSO's meeting log (demo)."),
                        officer, mel);
            }
        });
        indicator("P4.3").ifPresent(i -> {
            approved(i, number("2021-Q1", "6", "Items counted from the outreach tracker (demo)."), officer, mel);
            approved(i, number("2021-Q2", "8", "Items counted from the outreach tracker (demo)."), officer, mel);
            IndicatorValue q3 = values.enter(i.id(), number("2021-Q3", "9", "Awaiting the tracker's check (demo)."), officer);
            values.submit(i.id(), q3.id(), null, officer);
            values.enter(i.id(), number("2021-Q4", "7", "Draft: December still open (demo)."), officer);
        });
        indicator("P3.3").ifPresent(i -> {
            IndicatorValue v = values.enter(i.id(), new ValueInput("2021", null,
                    "Two members cited the RSO's policy guide when revising their referral procedures (demo).", null,
                    null, "From the members' annual updates (demo).", null, null), officer);
            values.submit(i.id(), v.id(), null, officer);
        });
        indicator("P1.1").ifPresent(i -> {
            for (String period : new String[] {"2021-Q1", "2021-Q2"}) {
                IndicatorValue v = values.enter(i.id(), computed(period), officer);
                values.submit(i.id(), v.id(), null, officer);
            }
        });
        indicator("P1.3").ifPresent(i -> approved(i, computed("2021-H1"), mel, coManager));
    }

    private Optional<Indicator> indicator(String code) {
        return indicators.indicators(PLAN, null, PageQuery.of(0, PageQuery.MAX_SIZE)).items().stream()
                .filter(i -> i.code().equals(code)).findFirst();
    }

    private void approved(Indicator indicator, ValueInput input, long submitter, long approver) {
        IndicatorValue v = values.enter(indicator.id(), input, submitter);
        values.submit(indicator.id(), v.id(), null, submitter);
        values.approve(indicator.id(), v.id(), null, approver);
    }

    private static ValueInput number(String period, String value, String comment) {
        return new ValueInput(period, new BigDecimal(value), null, null, null, comment, null, null);
    }

    private static ValueInput computed(String period) {
        return new ValueInput(period, null, null, null, null, "Checked against the request register (demo).", null,
                null);
    }
}

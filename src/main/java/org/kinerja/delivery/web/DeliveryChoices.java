package org.kinerja.delivery.web;

import java.util.ArrayList;
import java.util.List;

import org.kinerja.directory.DirectoryService;
import org.kinerja.directory.MemberFilter;
import org.kinerja.directory.PartnerService;
import org.kinerja.plan.PlanService;
import org.kinerja.plan.PlanSummary;
import org.kinerja.shared.PageQuery;
import org.kinerja.workplan.ActivityLookup;
import org.kinerja.workplan.ActivityRef;
import org.springframework.stereotype.Component;

/** The options of the delivery pages' selects: activities of every plan year, countries, members, partners. */
@Component
class DeliveryChoices {

    private final PlanService plans;
    private final ActivityLookup activities;
    private final DirectoryService directory;
    private final PartnerService partners;

    DeliveryChoices(PlanService plans, ActivityLookup activities, DirectoryService directory, PartnerService partners) {
        this.plans = plans;
        this.activities = activities;
        this.directory = directory;
        this.partners = partners;
    }

    List<Option> activities() {
        List<Option> options = new ArrayList<>();
        for (PlanSummary plan : plans.list(null, new PageQuery(0, PageQuery.MAX_SIZE)).items()) {
            for (int year = plan.startYear(); year <= plan.endYear(); year++) {
                for (ActivityRef a : activities.ofYear(plan.code(), year)) {
                    options.add(new Option(String.valueOf(a.id()), a.code() + " " + a.title()));
                }
            }
        }
        return options;
    }

    List<Option> countries() {
        return directory.allCountries().stream().map(c -> new Option(c.alpha3(), c.name() + " (" + c.alpha3() + ")"))
                .toList();
    }

    List<Option> members() {
        return directory.members(MemberFilter.all(), new PageQuery(0, PageQuery.MAX_SIZE)).items().stream()
                .map(m -> new Option(m.code(), m.name() + " (" + m.code() + ")")).toList();
    }

    List<Option> partners() {
        return partners.all().stream().map(p -> new Option(String.valueOf(p.id()), p.name())).toList();
    }

    /** The label of a value among options, or the value itself. */
    static String label(List<Option> options, String value) {
        if (value == null) {
            return null;
        }
        return options.stream().filter(o -> o.value().equals(value)).map(Option::label).findFirst().orElse(value);
    }
}

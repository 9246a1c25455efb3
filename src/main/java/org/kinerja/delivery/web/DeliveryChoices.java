package org.kinerja.delivery.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.kinerja.directory.DirectoryService;
import org.kinerja.directory.MemberFilter;
import org.kinerja.directory.PartnerService;
import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanService;
import org.kinerja.plan.PlanSummary;
import org.kinerja.shared.PageQuery;
import org.kinerja.workplan.ActivityLookup;
import org.kinerja.workplan.ActivityRef;
import org.springframework.stereotype.Component;

/** The options of the delivery pages' selects: activities of plan years, countries, members, partners. */
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
        return activities(null, null, null);
    }

    /**
     * The activities of the plan years from {@code fromYear} to {@code toYear} (either open), or, with neither,
     * of the current plan's years (every plan's when there is no current plan); and the activity {@code selected}
     * (an id) wherever it is, so a filter always shows its choice. The events list offers these rather than the
     * activities of every year, which run to thousands after a few years.
     */
    List<Option> activities(Integer fromYear, Integer toYear, String selected) {
        List<Option> options = new ArrayList<>();
        Optional<Plan> current = fromYear == null && toYear == null ? plans.current() : Optional.empty();
        for (PlanSummary plan : plans.list(null, new PageQuery(0, PageQuery.MAX_SIZE)).items()) {
            if (current.isPresent() && !current.get().code().equals(plan.code())) {
                continue;
            }
            for (int year = plan.startYear(); year <= plan.endYear(); year++) {
                if ((fromYear != null && year < fromYear) || (toYear != null && year > toYear)) {
                    continue;
                }
                for (ActivityRef a : activities.ofYear(plan.code(), year)) {
                    options.add(new Option(String.valueOf(a.id()), a.code() + " " + a.title()));
                }
            }
        }
        if (selected != null && options.stream().noneMatch(o -> o.value().equals(selected))) {
            try {
                activities.find(Long.parseLong(selected.strip()))
                        .ifPresent(a -> options.add(0, new Option(String.valueOf(a.id()), a.code() + " " + a.title())));
            } catch (NumberFormatException notAnId) {
                // the filter itself refuses it
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

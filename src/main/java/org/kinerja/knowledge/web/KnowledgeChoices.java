package org.kinerja.knowledge.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.kinerja.directory.Partner;
import org.kinerja.directory.PartnerService;
import org.kinerja.knowledge.KnowledgeLanguages;
import org.kinerja.plan.PlanService;
import org.kinerja.plan.PlanSummary;
import org.kinerja.shared.PageQuery;
import org.kinerja.workplan.ActivityLookup;
import org.kinerja.workplan.ActivityRef;
import org.springframework.stereotype.Component;

/** The choices the product pages offer: activities of every plan year, partners and languages. */
@Component
class KnowledgeChoices {

    private final PlanService plans;
    private final ActivityLookup activities;
    private final PartnerService partners;
    private final KnowledgeLanguages languages;

    KnowledgeChoices(PlanService plans, ActivityLookup activities, PartnerService partners, KnowledgeLanguages languages) {
        this.plans = plans;
        this.activities = activities;
        this.partners = partners;
        this.languages = languages;
    }

    List<Choice> activities() {
        List<Choice> out = new ArrayList<>();
        for (PlanSummary plan : plans.list(null, PageQuery.of(0, PageQuery.MAX_SIZE)).items()) {
            for (int year = plan.startYear(); year <= plan.endYear(); year++) {
                for (ActivityRef a : activities.ofYear(plan.code(), year)) {
                    out.add(new Choice(String.valueOf(a.id()), a.code() + " — " + a.title()));
                }
            }
        }
        return out;
    }

    List<Partner> partners() {
        return partners.all();
    }

    List<Choice> languages() {
        List<Choice> out = new ArrayList<>();
        for (Map.Entry<String, String> e : languages.all().entrySet()) {
            out.add(new Choice(e.getKey(), e.getValue() + " (" + e.getKey() + ")"));
        }
        return out;
    }
}

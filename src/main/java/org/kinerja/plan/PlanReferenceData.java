package org.kinerja.plan;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.InvalidInputException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the plans shipped with every install ({@code src/main/resources/plan/*.json}) at start-up: a plan
 * is inserted when its code is absent and left alone otherwise, so edits made in Kinerja survive restarts.
 * Nodes starting together wait for each other on a transaction-scoped advisory lock.
 */
@Component
@Order(50)
class PlanReferenceData implements ApplicationRunner {

    static final String SHIPPED = "plan/SP-2021-22.json";

    private static final Log log = LogFactory.getLog(PlanReferenceData.class);

    /** The layout of a shipped plan file. */
    record ShippedFile(int resourceVersion, String sources, ShippedPlan plan, OrganisationProfile organisationProfile) {
    }

    record ShippedPlan(String code, String title, int startYear, int endYear, String foreword,
                       List<Signatory> signatories, String description, String mission, String reporting,
                       List<Principle> principles, List<Purpose> purposes) {
    }

    private final PlanRepository plans;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    PlanReferenceData(PlanRepository plans, TransactionTemplate transactions, JsonMapper json,
                      ApplicationEventPublisher events) {
        this.plans = plans;
        this.transactions = transactions;
        this.json = json;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (load(new ClassPathResource(SHIPPED))) {
            log.info("Loaded the shipped plan from " + SHIPPED + ".");
        }
    }

    /** Loads one shipped plan file; whether its plan was inserted (false when it was there already). */
    boolean load(Resource resource) {
        ShippedFile file = read(resource);
        check(file, resource);
        Boolean inserted = transactions.execute(status -> {
            plans.lockReferenceData();
            if (file.organisationProfile() != null) {
                plans.insertOrganisationProfile(file.organisationProfile());
            }
            ShippedPlan p = file.plan();
            if (plans.exists(p.code())) {
                return false;
            }
            Long id = plans.insert(p.code(), p.title(), p.startYear(), p.endYear(), p.foreword(), p.description(),
                    p.mission(), p.reporting(), file.resourceVersion()).orElse(null);
            if (id == null) {
                return false;
            }
            plans.replaceSignatories(id, p.signatories());
            p.principles().forEach(principle -> plans.insertPrinciple(id, principle));
            p.purposes().forEach(purpose -> plans.insertPurpose(id, purpose));
            events.publishEvent(EntityChanged.created("Plan", p.code())
                    .field("title", null, p.title()).field("startYear", null, p.startYear())
                    .field("endYear", null, p.endYear())
                    .field("principles", null, p.principles().size()).field("purposes", null, p.purposes().size())
                    .field("source", null, resource.getFilename() + " version " + file.resourceVersion())
                    .build());
            return true;
        });
        return Boolean.TRUE.equals(inserted);
    }

    private ShippedFile read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return json.readValue(in, ShippedFile.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The shipped plan " + resource + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A shipped file that breaks the rules users are held to is a build defect: fail the start. */
    private static void check(ShippedFile file, Resource resource) {
        ShippedPlan p = file.plan();
        if (p == null) {
            throw new IllegalStateException("The shipped plan " + resource + " has no plan.");
        }
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        PlanRules.check(new NewPlan(p.code(), p.title(), p.startYear(), p.endYear(), null), errors);
        PlanRules.check(new PlanChange(p.title(), p.startYear(), p.endYear(), p.foreword(), p.description(),
                p.mission(), p.reporting(), 0, p.signatories(), p.principles(), p.purposes()), errors);
        try {
            errors.throwIfAny();
        } catch (InvalidInputException e) {
            throw new IllegalStateException("The shipped plan " + resource + " breaks the plan rules: "
                    + e.violations(), e);
        }
    }
}

package org.kinerja.directory;

import static org.kinerja.directory.DirectoryLimits.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.kinerja.plan.Plan;
import org.kinerja.plan.PlanLimits;
import org.kinerja.plan.PlanService;
import org.kinerja.shared.EntityChanged;
import org.kinerja.shared.InvalidInputException;
import org.kinerja.shared.ListPage;
import org.kinerja.shared.NotFoundException;
import org.kinerja.shared.PageQuery;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commitments from ministerial declarations, co-chairs' statements and work plans, and their links to the
 * purposes of strategic plans (read through {@link PlanService}). Every change is validated, refused when
 * made from a stale version, and published as {@link EntityChanged}.
 */
@Service
public class CommitmentService {

    private final CommitmentRepository commitments;
    private final PlanService plans;
    private final ApplicationEventPublisher events;
    private final Referrers referrers;

    CommitmentService(CommitmentRepository commitments, PlanService plans, ApplicationEventPublisher events,
                      Referrers referrers) {
        this.commitments = commitments;
        this.plans = plans;
        this.events = events;
        this.referrers = referrers;
    }

    /** One page of commitments, filtered and sorted as {@code filter} says; the query exports reuse. */
    @Transactional(readOnly = true)
    public ListPage<Commitment> list(CommitmentFilter filter, PageQuery page) {
        return commitments.list(filter == null ? CommitmentFilter.all() : filter, page);
    }

    @Transactional(readOnly = true)
    public Optional<Commitment> find(long id) {
        return commitments.find(id);
    }

    @Transactional(readOnly = true)
    public Commitment get(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("directory.commitment.notFound", String.valueOf(id)));
    }

    /** The source documents of the stored commitments, by name. */
    @Transactional(readOnly = true)
    public List<String> sourceDocuments() {
        return commitments.sourceDocuments();
    }

    @Transactional
    public Commitment create(CommitmentInput input) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Checked c = check(input, errors);
        errors.throwIfAny();
        long id = commitments.insert(c.sourceDocument, input.year(), c.reference, c.text, c.sourceUrl, null, false);
        commitments.replacePurposes(id, c.purposes);
        Commitment created = get(id);
        events.publishEvent(fields(EntityChanged.created("Commitment", id), null, created).build());
        return created;
    }

    @Transactional
    public Commitment update(long id, CommitmentInput input) {
        Commitment before = get(id);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Checked c = check(input, errors);
        DirectoryRules.version(errors, input.version());
        errors.throwIfAny();
        if (before.version() != input.version()
                || !commitments.update(id, input.version(), c.sourceDocument, input.year(), c.reference, c.text,
                c.sourceUrl)) {
            throw Stale.since(before.updatedAt());
        }
        commitments.replacePurposes(id, c.purposes);
        Commitment after = get(id);
        EntityChanged change = fields(EntityChanged.updated("Commitment", id), before, after).build();
        if (!change.isEmpty()) {
            events.publishEvent(change);
        }
        return after;
    }

    /**
     * Deletes a commitment with its purpose links; 409 naming the referrers (activities …, through
     * {@link ReferenceCheck}) when anything refers to it.
     */
    @Transactional
    public void delete(long id, Integer version) {
        Commitment c = get(id);
        referrers.of(c).refuseIfAny();
        if (!commitments.delete(id, version)) {
            throw Stale.since(c.updatedAt());
        }
        events.publishEvent(fields(EntityChanged.deleted("Commitment", id), c, null).build());
    }

    private static EntityChanged.Builder fields(EntityChanged.Builder b, Commitment before, Commitment after) {
        return b.field("sourceDocument", before == null ? null : before.sourceDocument(),
                        after == null ? null : after.sourceDocument())
                .field("year", before == null ? null : before.year(), after == null ? null : after.year())
                .field("reference", before == null ? null : before.reference(), after == null ? null : after.reference())
                .field("text", before == null ? null : before.text(), after == null ? null : after.text())
                .field("sourceUrl", before == null ? null : before.sourceUrl(), after == null ? null : after.sourceUrl())
                .field("purposes", before == null ? null : links(before.purposes()),
                        after == null ? null : links(after.purposes()));
    }

    private static String links(List<PurposeLink> links) {
        return links.isEmpty() ? null : links.stream().map(l -> l.planCode() + "/" + l.purposeNumber())
                .collect(Collectors.joining(", "));
    }

    private record Checked(String sourceDocument, String reference, String text, String sourceUrl,
                           List<PurposeLink> purposes) {
    }

    private Checked check(CommitmentInput input, InvalidInputException.Collector errors) {
        String source = DirectoryRules.tidy(input.sourceDocument());
        DirectoryRules.required(errors, "sourceDocument", source, SOURCE_DOCUMENT_MAX);
        DirectoryRules.year(errors, "year", input.year(), COMMITMENT_YEAR_MIN, YEAR_MAX, true);
        String reference = DirectoryRules.optional(input.reference());
        DirectoryRules.length(errors, "reference", reference, REFERENCE_MAX);
        String text = DirectoryRules.tidy(input.text());
        DirectoryRules.required(errors, "text", text, TEXT_MAX);
        String sourceUrl = DirectoryRules.optional(input.sourceUrl());
        DirectoryRules.length(errors, "sourceUrl", sourceUrl, URL_MAX);
        List<PurposeLink> links = new ArrayList<>();
        List<PurposeLink> given = input.purposes() == null ? List.of() : input.purposes();
        errors.check(given.size() <= PURPOSES_MAX, "purposes", "directory.list.tooMany", String.valueOf(PURPOSES_MAX));
        for (int i = 0; i < given.size() && i < PURPOSES_MAX; i++) {
            PurposeLink link = given.get(i);
            String prefix = "purposes[" + i + "]";
            if (link == null) {
                errors.add(prefix, "validation.required");
                continue;
            }
            String planCode = DirectoryRules.code(link.planCode());
            if (planCode == null) {
                errors.add(prefix + ".planCode", "validation.required");
            }
            if (link.purposeNumber() == null) {
                errors.add(prefix + ".purposeNumber", "validation.required");
            }
            if (planCode == null || link.purposeNumber() == null) {
                continue;
            }
            Optional<Plan> plan = planCode.matches(PlanLimits.CODE_PATTERN) ? plans.find(planCode) : Optional.empty();
            if (plan.isEmpty()) {
                errors.add(prefix + ".planCode", "directory.commitment.plan.unknown", planCode);
            } else if (plan.get().purpose(link.purposeNumber()).isEmpty()) {
                errors.add(prefix + ".purposeNumber", "directory.commitment.purpose.unknown",
                        String.valueOf(link.purposeNumber()), planCode);
            } else {
                PurposeLink tidy = new PurposeLink(planCode, link.purposeNumber());
                if (!links.contains(tidy)) {
                    links.add(tidy);
                }
            }
        }
        return new Checked(source, reference, text, sourceUrl, links);
    }
}

package org.kinerja.plan;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A strategic plan with everything it says.
 *
 * @param code        its identifier, e.g. {@code SP-2021-22}
 * @param title       its title
 * @param startYear   first year of its period
 * @param endYear     last year of its period
 * @param foreword    the Co-Managers' foreword; paragraphs are separated by a blank line
 * @param description what the Regional Support Office is
 * @param mission     the RSO's mission as the plan states it
 * @param reporting   how performance against the plan is reported
 * @param version     the version for optimistic locking; any change to the plan or its parts raises it
 * @param updatedAt   when it was last changed
 * @param signatories who signed the foreword
 * @param principles  the guiding principles, by number
 * @param purposes    the purposes, by number
 */
public record Plan(String code, String title, int startYear, int endYear, String foreword, String description,
                   String mission, String reporting, int version, OffsetDateTime updatedAt,
                   List<Signatory> signatories, List<Principle> principles, List<Purpose> purposes) {

    public Plan {
        signatories = List.copyOf(signatories);
        principles = List.copyOf(principles);
        purposes = List.copyOf(purposes);
    }

    public PlanSummary summary() {
        return new PlanSummary(code, title, startYear, endYear, version);
    }

    public Optional<Purpose> purpose(int number) {
        return purposes.stream().filter(p -> p.number() == number).findFirst();
    }

    public Optional<Principle> principle(int number) {
        return principles.stream().filter(p -> p.number() == number).findFirst();
    }
}

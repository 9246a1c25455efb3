package org.kinerja.measurement.values;

import org.kinerja.plan.Plan;
import org.kinerja.shared.InvalidInputException;

/** The {@code year} parameter of the IPTT: a whole number; the page defaults it to the plan's first year. */
final class IpttYear {

    private IpttYear() {
    }

    /** The year the text names; 422 (field {@code year}) when it is missing or not a number. */
    static int parse(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("year", "validation.required");
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("year", "values.year.number");
        }
    }

    /** The year the page shows: the one named, else the current year when the plan covers it, else its first. */
    static int orDefault(String text, Plan plan, int currentYear) {
        if (text == null || text.isBlank()) {
            return currentYear >= plan.startYear() && currentYear <= plan.endYear() ? currentYear : plan.startYear();
        }
        return parse(text);
    }
}

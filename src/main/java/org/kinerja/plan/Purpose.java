package org.kinerja.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One purpose of a plan; work plans, indicators and reports are aligned to purposes.
 *
 * @param number            its number in the plan, from 1, unique within the plan
 * @param title             its title
 * @param summary           the short text of the plan's "Our purposes"
 * @param description       the long text of the purpose's own section
 * @param exampleActivities examples of current and planned activities, in the plan's order
 */
public record Purpose(Integer number, String title, String summary, String description, List<String> exampleActivities) {

    public Purpose {
        // a copy that keeps null entries, so that validation can name them instead of failing here
        exampleActivities = exampleActivities == null ? List.of()
                : Collections.unmodifiableList(new ArrayList<>(exampleActivities));
    }
}

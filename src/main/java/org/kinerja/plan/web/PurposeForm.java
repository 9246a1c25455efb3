package org.kinerja.plan.web;

import org.kinerja.plan.Purpose;

/** The fields of the form that adds or edits a purpose, as typed; example activities one per line. */
public record PurposeForm(String number, String title, String summary, String description,
                          String exampleActivities, String version) {

    static PurposeForm of(Purpose p, int version) {
        return new PurposeForm(String.valueOf(p.number()), p.title(), p.summary(), p.description(),
                String.join("\n", p.exampleActivities()), String.valueOf(version));
    }
}

package org.kinerja.plan.web;

import org.kinerja.plan.Principle;

/** The fields of the form that adds or edits a guiding principle, as typed. */
public record PrincipleForm(String number, String title, String description, String version) {

    static PrincipleForm of(Principle p, int version) {
        return new PrincipleForm(String.valueOf(p.number()), p.title(), p.description(), String.valueOf(version));
    }
}

package org.kinerja.indicator.web;

import org.kinerja.indicator.Outcome;

/** The fields of the form that adds or edits an outcome, as typed. */
public record OutcomeForm(String code, String purposeNumber, String statement, String version) {

    static OutcomeForm of(Outcome o) {
        return new OutcomeForm(o.code(), String.valueOf(o.purposeNumber()), o.statement(), String.valueOf(o.version()));
    }
}

package org.kinerja.report.web;

/** The narrative form as posted. */
public record NarrativeForm(String text, Integer version) {
}

package org.kinerja.indicator.web;

/** One target row of the indicator form (one per year of the plan), as typed. */
public record TargetForm(String year, String value, String note) {
}

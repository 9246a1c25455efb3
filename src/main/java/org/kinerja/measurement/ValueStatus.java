package org.kinerja.measurement;

/**
 * Where an indicator value stands in its approval: entered and editable ({@code DRAFT}), submitted for
 * approval, approved by a MEL officer or Co-Manager other than the submitter, and locked once an issued
 * report uses it. Returning a submitted or approved value takes it back to {@code DRAFT}.
 */
public enum ValueStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    LOCKED
}
